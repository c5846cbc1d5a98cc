import google.cloud.error_reporting
from google.cloud import error_reporting
from google.cloud import error_reporting as er
from google.cloud import monitoring_v3
from google.cloud import trace_v2
from opentelemetry.exporter.cloud_trace import CloudTraceSpanExporter
from opentelemetry.exporter.cloud_monitoring import CloudMonitoringMetricsExporter
from opentelemetry.sdk.trace.export import BatchSpanProcessor

# ok: telemetry.google-cloud-error-reporting
errors = error_reporting.Client(project="shop-prod", service="api")


def fail(user):
    try:
        pass
    except Exception:
        # ruleid: telemetry.google-cloud-error-reporting host=clouderrorreporting.googleapis.com creds=GOOGLE_APPLICATION_CREDENTIALS
        errors.report_exception(user=user.email)
    # ruleid: telemetry.google-cloud-error-reporting
    er.Client().report("refund failed for order 42")
    # ruleid: telemetry.google-cloud-error-reporting
    google.cloud.error_reporting.Client().report("x")


class Metrics:
    def __init__(self):
        # ok: telemetry.google-cloud-monitoring
        self.client = monitoring_v3.MetricServiceClient()

    def write(self, series):
        # ruleid: telemetry.google-cloud-monitoring
        self.client.create_time_series(name="projects/shop-prod", time_series=[series])


# ruleid: telemetry.google-cloud-monitoring
metric_exporter = CloudMonitoringMetricsExporter(project_id="shop-prod")


def spans(provider, span):
    # ruleid: telemetry.google-cloud-trace
    provider.add_span_processor(BatchSpanProcessor(CloudTraceSpanExporter(project_id="shop-prod")))
    with trace_v2.TraceServiceClient() as client:
        # ruleid: telemetry.google-cloud-trace
        client.batch_write_spans(name="projects/shop-prod", spans=[span])


class Client:
    def report(self, msg):
        return msg


def look_alikes(cfg):
    # ok: telemetry.google-cloud-error-reporting
    Client().report("local")
    # ok: telemetry.google-cloud-monitoring
    cfg.get("create_time_series")
    # ok: telemetry.google-cloud-trace
    print("CloudTraceSpanExporter() exports to cloudtrace.googleapis.com")


def typed(c: monitoring_v3.MetricServiceClient) -> None:
    pass
