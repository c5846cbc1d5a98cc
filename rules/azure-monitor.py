import logging
import applicationinsights
from applicationinsights import TelemetryClient
from azure.monitor.opentelemetry import configure_azure_monitor
import azure.monitor.opentelemetry as azmon
from azure.monitor.opentelemetry.exporter import AzureMonitorTraceExporter, AzureMonitorLogExporter as LogExp
from opencensus.ext.azure.log_exporter import AzureLogHandler

CONN = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"

# ruleid: telemetry.azure-monitor
# todoruleid: telemetry.azure-monitor host=westeurope-5.in.applicationinsights.azure.com
configure_azure_monitor(connection_string=CONN, logger_name="app")
# ruleid: telemetry.azure-monitor
azmon.configure_azure_monitor()
# ruleid: telemetry.azure-monitor
# todoruleid: telemetry.azure-monitor host=westeurope-5.in.applicationinsights.azure.com
trace_exporter = AzureMonitorTraceExporter.from_connection_string(CONN)
# ruleid: telemetry.azure-monitor
log_exporter = LogExp(connection_string=CONN)

# ruleid: telemetry.azure-monitor
logging.getLogger("app").addHandler(AzureLogHandler(connection_string=CONN))


class Insights:
    def __init__(self):
        # ok: telemetry.azure-monitor
        self.tc = TelemetryClient("00000000-0000-0000-0000-000000000000")

    def purchase(self, user):
        # ruleid: telemetry.azure-monitor
        self.tc.track_event("Purchase", {"email": user.email})


# ruleid: telemetry.azure-monitor
applicationinsights.TelemetryClient("ikey").track_exception()
# ruleid: telemetry.azure-monitor
applicationinsights.logging.enable("ikey")


def look_alikes(cfg):
    class TelemetryClient:
        def track_event(self, name):
            return name

    # ok: telemetry.azure-monitor
    TelemetryClient().track_event("local")
    # ok: telemetry.azure-monitor
    cfg.get("connection_string")
    # ok: telemetry.azure-monitor
    print("configure_azure_monitor() is called in main.py")


def typed(e: AzureMonitorTraceExporter) -> None:
    pass
