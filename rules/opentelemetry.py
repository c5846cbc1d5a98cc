import lightstep
import opentelemetry.exporter.otlp.proto.grpc.trace_exporter as otlp_grpc
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter as MetricExp
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.exporter.jaeger.thrift import JaegerExporter
from opentelemetry.exporter.zipkin.json import ZipkinExporter
from opentelemetry.launcher import configure_opentelemetry
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from jaeger_client import Config

provider = TracerProvider()
# ruleid: telemetry.opentelemetry.otlp host=api.honeycomb.io creds=-
provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint="https://api.honeycomb.io/v1/traces")))
# ruleid: telemetry.opentelemetry.otlp
grpc_exporter = otlp_grpc.OTLPSpanExporter(endpoint="collector.internal:4317", insecure=True)
# ruleid: telemetry.opentelemetry.otlp
metrics_exporter = MetricExp()
# ok: telemetry.opentelemetry.otlp
provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))


class Telemetry:
    def __init__(self):
        # ruleid: telemetry.opentelemetry.otlp
        self.logs = OTLPLogExporter(endpoint="https://otlp.example.com/v1/logs")


# ruleid: telemetry.jaeger
jaeger = JaegerExporter(agent_host_name="jaeger.internal", agent_port=6831)
# ruleid: telemetry.jaeger
legacy_tracer = Config(config={"sampler": {"type": "const", "param": 1}}, service_name="api").initialize_tracer()

# ruleid: telemetry.zipkin
zipkin = ZipkinExporter(endpoint="http://zipkin.example.com:9411/api/v2/spans")

# ruleid: telemetry.lightstep
ls_tracer = lightstep.Tracer(component_name="api", access_token="tok", collector_host="ingest.lightstep.com")
# ruleid: telemetry.lightstep host=ingest.lightstep.com creds=LS_ACCESS_TOKEN
configure_opentelemetry(service_name="api", access_token="tok")


class OTLPSpanExporterStub:
    def export(self, spans):
        return spans


def look_alikes(cfg):
    # ok: telemetry.opentelemetry.otlp
    OTLPSpanExporterStub().export([])
    # ok: telemetry.opentelemetry.otlp
    cfg.get("OTLPSpanExporter")
    # ok: telemetry.zipkin
    print("ZipkinExporter(endpoint=...) is configured in deploy/otel.yaml")
    # ok: telemetry.lightstep
    cfg.get("access_token")


def typed(exporter: OTLPSpanExporter) -> None:
    try:
        pass
    except lightstep.LightstepError:
        pass
