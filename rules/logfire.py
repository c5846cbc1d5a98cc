import logfire
import logfire as lf
from logfire import configure

# ruleid: telemetry.logfire host=logfire-api.pydantic.dev creds=LOGFIRE_TOKEN
logfire.configure(token="pylf_v1_eu_token", service_name="api")
# ruleid: telemetry.logfire
lf.configure(send_to_logfire="if-token-present")
# ruleid: telemetry.logfire
configure(service_name="worker")
# ok: telemetry.logfire
logfire.instrument_pydantic()


class Settings:
    def configure(self):
        return None


def look_alikes(cfg):
    # ok: telemetry.logfire
    Settings().configure()
    # ok: telemetry.logfire
    cfg.get("configure")
    # ok: telemetry.logfire
    print("logfire.configure() reads LOGFIRE_TOKEN")


class Telemetry:
    def __init__(self, token):
        self.token = token

    def start(self):
        # ruleid: telemetry.logfire
        logfire.configure(token=self.token, environment="prod")
