import elasticapm
import elasticapm as apm
from elasticapm import Client
from elasticapm.contrib.flask import ElasticAPM

# ruleid: telemetry.elastic-apm host=apm.example.cloud.es.io:443 creds=ELASTIC_APM_API_KEY,ELASTIC_APM_SECRET_TOKEN
client = Client(service_name="shop", server_url="https://apm.example.cloud.es.io:443")
# ruleid: telemetry.elastic-apm
other = apm.Client({"SERVICE_NAME": "billing"})


def report():
    try:
        pass
    except ValueError:
        # ruleid: telemetry.elastic-apm
        client.capture_exception()
    # ruleid: telemetry.elastic-apm
    elasticapm.get_client().capture_message("refund issued")
    # ok: telemetry.elastic-apm
    elasticapm.label(order_tier="gold")


class Service:
    def __init__(self, app):
        # ruleid: telemetry.elastic-apm
        self.apm = ElasticAPM(app, server_url="http://10.1.1.1:8200")

    def fail(self):
        # ruleid: telemetry.elastic-apm
        self.apm.capture_message("payment failed")


class LocalClient:
    def capture_exception(self):
        return None


def look_alikes(conf):
    # ok: telemetry.elastic-apm
    LocalClient().capture_exception()
    # ok: telemetry.elastic-apm
    conf.get("capture_message")
    # ok: telemetry.elastic-apm
    print("elasticapm.Client(server_url) ships traces")
    # client.capture_exception() is only called in production


def typed(c: Client) -> None:
    try:
        pass
    except elasticapm.conf.ConfigurationError:
        pass
