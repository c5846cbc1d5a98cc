import logging
import bugsnag
import bugsnag as bs
from bugsnag import Client, notify
from bugsnag.handlers import BugsnagHandler

# ruleid: telemetry.bugsnag host=notify.bugsnag.com creds=BUGSNAG_API_KEY
bugsnag.configure(api_key="key", project_root="/srv/app")
# ruleid: telemetry.bugsnag host=notify.bugsnag.internal creds=BUGSNAG_API_KEY
bs.configure(api_key="key", endpoint="https://notify.bugsnag.internal")


def fail(exc, user):
    # ruleid: telemetry.bugsnag
    notify(exc, metadata={"user": {"email": user.email}})
    # ruleid: telemetry.bugsnag
    bs.notify(exc)


class Jobs:
    def __init__(self):
        # ok: telemetry.bugsnag
        self.client = Client(api_key="key", install_sys_hook=False)

    def run(self, exc):
        # ruleid: telemetry.bugsnag
        self.client.notify(exc)
        # ruleid: telemetry.bugsnag
        with self.client.capture(severity="warning"):
            pass


# ruleid: telemetry.bugsnag
logging.getLogger().addHandler(BugsnagHandler())


def look_alikes(cfg, exc):
    class Client:
        def notify(self, e):
            return e

    # ok: telemetry.bugsnag
    Client().notify(exc)
    # ok: telemetry.bugsnag
    cfg.get("notify")
    # ok: telemetry.bugsnag
    print("bugsnag.notify(exc) sends to notify.bugsnag.com")


def typed(c: bugsnag.Client) -> None:
    pass
