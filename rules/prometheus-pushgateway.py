import prometheus_client
import prometheus_client as prom
from prometheus_client import CollectorRegistry, Gauge, push_to_gateway
from prometheus_client.exposition import pushadd_to_gateway as pushadd

registry = CollectorRegistry()
last = Gauge("job_last_success_unixtime", "Last success", registry=registry)
# ok: telemetry.prometheus-pushgateway
last.set_to_current_time()

# ruleid: telemetry.prometheus-pushgateway host=pushgateway.example.com:9091 creds=-
push_to_gateway("pushgateway.example.com:9091", job="batch", registry=registry)
# ruleid: telemetry.prometheus-pushgateway
prom.pushadd_to_gateway("https://push.example.org", job="etl", registry=registry)
# ruleid: telemetry.prometheus-pushgateway
pushadd(gateway="10.0.0.3:9091", job="etl", registry=registry)
# ruleid: telemetry.prometheus-pushgateway
prometheus_client.delete_from_gateway("pushgw.example.net:9091", job="batch")
# ok: telemetry.prometheus-pushgateway
prometheus_client.start_http_server(8000)


def push_to_gateway_local(metrics):
    return metrics


def look_alikes(cfg):
    # ok: telemetry.prometheus-pushgateway
    push_to_gateway_local({})
    # ok: telemetry.prometheus-pushgateway
    cfg.get("push_to_gateway")
    # ok: telemetry.prometheus-pushgateway
    print("push_to_gateway(gateway, job, registry) runs nightly")


def typed(r: CollectorRegistry) -> None:
    pass
