import logging
import sentry_sdk
import sentry_sdk as sentry
from sentry_sdk import capture_message, init as sentry_init
from raven import Client
from raven.handlers.logging import SentryHandler

# ruleid: telemetry.sentry host=o1.ingest.sentry.io creds=SENTRY_DSN
sentry_sdk.init(dsn="https://abc@o1.ingest.sentry.io/1", traces_sample_rate=1.0)

# ruleid: telemetry.sentry
sentry.init("https://abc@sentry.internal.example/2")

# ruleid: telemetry.sentry
sentry_init(dsn="https://key@self-hosted.example.com/3")


def report(err, user):
    # ruleid: telemetry.sentry
    sentry_sdk.capture_exception(err)
    # ruleid: telemetry.sentry
    capture_message("checkout failed for %s" % user)
    # ruleid: telemetry.sentry
    sentry.capture_event({"message": "custom", "extra": {"user": user}})
    # ok: telemetry.sentry
    sentry_sdk.set_tag("tier", "gold")


class Reporter:
    def __init__(self):
        # ok: telemetry.sentry
        self.client = Client("https://pub:secret@sentry.io/4")

    def fail(self):
        # ruleid: telemetry.sentry
        self.client.captureException()
        # ruleid: telemetry.sentry
        self.client.captureMessage("payment declined")


# ok: telemetry.sentry
unused = Client(dsn="https://pub@sentry.io/5")

# ruleid: telemetry.sentry
handler = SentryHandler("https://pub@sentry.io/6")
logging.getLogger().addHandler(handler)


class LocalSentry:
    def capture_exception(self, err):
        return err


def look_alikes(opts, err):
    # ok: telemetry.sentry
    opts.get("capture_exception")
    # ok: telemetry.sentry
    LocalSentry().capture_exception(err)
    # ok: telemetry.sentry
    print("call sentry_sdk.init(dsn) in production only")
    # sentry_sdk.capture_exception(err) is disabled here
    return None


def annotated(hub: sentry_sdk.Hub) -> None:
    try:
        pass
    except sentry_sdk.utils.BadDsn:
        pass
