"""Fixture for launchdarkly (launchdarkly-server-sdk)."""
import ldclient
import ldclient as ld
from ldclient import Context, LDClient
from ldclient.config import Config

# ruleid: logging.launchdarkly host=events.launchdarkly.com creds=-
ldclient.set_config(Config("sdk-key", private_attributes=["email"]))
context = Context.builder("user-1").set("email", "u1@example.com").build()
client = ldclient.get()
# ruleid: logging.launchdarkly
client.track("checkout", context, data={"total": 42})
# ruleid: logging.launchdarkly
ld.get().identify(context)
# ok: logging.launchdarkly
enabled = client.variation("new-ui", context, False)

# ruleid: logging.launchdarkly
own = LDClient(config=Config("sdk-key", events_uri="https://events.ld-relay.example.com"))
# ruleid: logging.launchdarkly
own.track("signup", context)


class Flags:
    def __init__(self):
        # ruleid: logging.launchdarkly
        self.client = LDClient(Config("sdk-key"))

    def conversion(self, ctx):
        # ruleid: logging.launchdarkly
        self.client.track("converted", ctx, metric_value=1.0)


# Look-alikes below must not be reported.
# ok: logging.launchdarkly
ready = client.is_initialized()
# ok: logging.launchdarkly
cfg = Config("sdk-key", offline=True)
flags = {"new-ui": True}
# ok: logging.launchdarkly
on = flags.get("new-ui")
# ok: logging.launchdarkly
text = "ldclient.get().track('x', ctx)"


class Analytics:
    def track(self, name, ctx):
        return name


# ok: logging.launchdarkly
Analytics().track("x", context)


def evaluate(c: LDClient) -> None:
    # c.track("x", ctx) in a comment
    return None
