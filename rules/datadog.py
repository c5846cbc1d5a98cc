# ruleid: telemetry.datadog.apm
import ddtrace.auto
import ddtrace
import ddtrace as dd
from ddtrace import tracer, patch
from ddtrace.llmobs import LLMObs
import datadog
import datadog as dog
from datadog import initialize, api, statsd, DogStatsd, ThreadStats
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.v2.api.logs_api import LogsApi
from datadog_api_client.v1.api.events_api import EventsApi as Events

# ruleid: telemetry.datadog.apm
ddtrace.patch_all()
# ruleid: telemetry.datadog.apm
dd.patch(redis=True)
# ruleid: telemetry.datadog.apm
patch(requests=True)
# ruleid: telemetry.datadog.apm
LLMObs.enable(ml_app="support-bot", agentless_enabled=True)


def handle(order):
    # ruleid: telemetry.datadog.apm
    with tracer.trace("checkout", resource=order.id):
        pass
    # ok: telemetry.datadog.apm
    tracer.current_span()


# ok: telemetry.datadog.api
initialize(api_key="k", app_key="a", api_host="https://api.datadoghq.eu")
# ruleid: telemetry.datadog.api
# todoruleid: telemetry.datadog.api host=api.datadoghq.eu
api.Event.create(title="deploy", text="v2 shipped", tags=["env:prod"])
# ruleid: telemetry.datadog.api
dog.api.Metric.send(metric="orders", points=10)
# ruleid: telemetry.datadog.api
datadog.api.ServiceCheck.check(check="app.ok", host_name="web1", status=0)

stats = ThreadStats()
# ruleid: telemetry.datadog.api
stats.start()

configuration = Configuration(host="https://api.us5.datadoghq.com")
with ApiClient(configuration) as api_client:
    logs = LogsApi(api_client)
    # ruleid: telemetry.datadog.api
    logs.submit_log(body=[{"message": "user signed in"}])
    # ruleid: telemetry.datadog.api
    Events(api_client).create_event(body={"title": "x"})

# ruleid: telemetry.datadog.dogstatsd
statsd.increment("login.success", tags=["user:alice"])


class Metrics:
    def __init__(self):
        # ok: telemetry.datadog.dogstatsd
        self.client = DogStatsd(host="10.0.0.5", port=8125)

    def record(self, ms):
        # ruleid: telemetry.datadog.dogstatsd
        self.client.histogram("latency", ms)


# ok: telemetry.datadog.dogstatsd
idle = DogStatsd()


class statsd_like:
    @staticmethod
    def increment(name):
        return name


def look_alikes(cfg):
    # ok: telemetry.datadog.dogstatsd
    statsd_like.increment("x")
    # ok: telemetry.datadog.api
    cfg.get("api_key")
    # ok: telemetry.datadog.apm
    print("remember to import ddtrace.auto")


def typed(client: ApiClient) -> None:
    try:
        pass
    except datadog.api.exceptions.ApiError:
        pass
