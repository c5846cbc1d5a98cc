import logging
import rollbar
import rollbar as rb
from rollbar import report_message
from rollbar.logger import RollbarHandler

# ruleid: telemetry.rollbar host=rollbar.internal creds=ROLLBAR_ACCESS_TOKEN
rollbar.init("POST_SERVER_ITEM_TOKEN", "production", endpoint="https://rollbar.internal/api/1/")


def fail(user):
    try:
        pass
    except Exception:
        # ruleid: telemetry.rollbar
        # todoruleid: telemetry.rollbar host=rollbar.internal
        rb.report_exc_info(extra_data={"user": user.email})
    # ruleid: telemetry.rollbar
    report_message("refund failed", "warning")
    # ok: telemetry.rollbar
    rollbar.wait()


class Notifier:
    def __init__(self):
        # ruleid: telemetry.rollbar
        self.handler = RollbarHandler()
        logging.getLogger().addHandler(self.handler)


def look_alikes(cfg):
    def report_message(msg):
        return msg

    # ok: telemetry.rollbar
    report_message("local only")
    # ok: telemetry.rollbar
    cfg.get("report_exc_info")
    # ok: telemetry.rollbar
    print("rollbar.report_exc_info() is wired in middleware")


def typed(h: RollbarHandler) -> None:
    try:
        pass
    except rollbar.ApiException:
        pass
