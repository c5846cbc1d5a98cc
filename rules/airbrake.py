import logging
import pybrake
import pybrake as pb
from pybrake import Notifier, LoggingHandler

notifier = pybrake.Notifier(project_id=1, project_key="key", environment="production")


def fail(err):
    # ruleid: telemetry.airbrake host=api.airbrake.io creds=-
    notifier.notify(err)
    notice = notifier.build_notice(err)
    notice["params"]["user"] = "alice@example.com"
    # ruleid: telemetry.airbrake
    notifier.send_notice(notice)
    # ok: telemetry.airbrake
    notifier.add_filter(lambda n: n)


class Reporter:
    def __init__(self):
        # ok: telemetry.airbrake
        self.notifier = Notifier(project_id=2, project_key="key", host="https://errbit.internal")

    def report(self, err):
        # ruleid: telemetry.airbrake
        self.notifier.notify_sync(err)


# ok: telemetry.airbrake
idle = pb.Notifier(project_id=3, project_key="key")

# ruleid: telemetry.airbrake
logging.getLogger().addHandler(LoggingHandler(notifier=notifier, level=logging.ERROR))


def look_alikes(cfg, err):
    class Notifier:
        def notify(self, e):
            return e

    # ok: telemetry.airbrake
    Notifier().notify(err)
    # ok: telemetry.airbrake
    cfg.get("notify")
    # ok: telemetry.airbrake
    print("pybrake.Notifier().notify(err) in prod")


def typed(n: pybrake.Notifier) -> None:
    pass
