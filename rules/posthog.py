"""Fixture for posthog."""
import posthog
import posthog as ph
from posthog import Posthog
from posthog import capture as ph_capture

posthog.api_key = "phc_KEY"
# Module-level configuration names the destination of the module's calls, and is a site itself.
# ruleid: logging.posthog host=eu.i.posthog.com
posthog.host = "https://eu.i.posthog.com"
# ruleid: logging.posthog host=eu.i.posthog.com
posthog.capture("u1", "file_exported", {"rows": 10})
# ruleid: logging.posthog
ph.identify("u1", {"email": "u1@example.com"})
# ruleid: logging.posthog
ph_capture("u1", "login")
# ruleid: logging.posthog
if posthog.feature_enabled("beta", "u1"):
    pass

# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.posthog host=eu.i.posthog.com
client = Posthog("phc_KEY", host="https://eu.i.posthog.com")
# ruleid: logging.posthog host=eu.i.posthog.com creds=-
client.capture(distinct_id="u1", event="invite_sent", properties={"to": "x@example.com"})
# ruleid: logging.posthog
client.group_identify("company", "acme", {"seats": 10})
# ruleid: logging.posthog
variant = client.get_feature_flag("new-ui", "u1", person_properties={"plan": "pro"})


class Telemetry:
    def __init__(self):
        # ok: logging.posthog
        self.client = posthog.Client("phc_KEY", sync_mode=True)

    def seen(self, user):
        # ruleid: logging.posthog
        self.client.set(distinct_id=user, properties={"last_seen": "today"})


# Look-alikes below must not be reported.
flags = {"beta": True}
# ok: logging.posthog
on = flags.get("beta")
# ok: logging.posthog
text = "posthog.capture('u1', 'event')"


class EventLog:
    def capture(self, user, event):
        return event


# ok: logging.posthog
EventLog().capture("u1", "x")


def track(c: Posthog) -> None:
    # c.capture("u1", "x") in a comment
    return None
