"""Fixture for segment: segment.analytics module functions and Client."""
import segment.analytics
import segment.analytics as analytics
from segment import analytics as seg
from segment.analytics import Client, track

analytics.write_key = "WRITE_KEY"
# ruleid: logging.segment host=api.segment.io creds=-
analytics.identify("u1", {"email": "u1@example.com", "plan": "pro"})
# ruleid: logging.segment
analytics.track("u1", "Signed Up", {"source": "web"})
# ruleid: logging.segment
seg.page("u1", "Docs", "Install")
# ruleid: logging.segment
segment.analytics.group("u1", "org-1", {"name": "Acme"})
# ruleid: logging.segment
track("u1", "Logged In")

# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.segment host=events.eu1.segmentapis.com
client = Client("WRITE_KEY", host="https://events.eu1.segmentapis.com")
# ruleid: logging.segment
client.track(user_id="u1", event="Exported", properties={"rows": 10})
# ruleid: logging.segment
client.alias("anon-1", "u1")


class Tracker:
    def __init__(self):
        # ok: logging.segment
        self.client = Client(write_key="WRITE_KEY", sync_mode=True)

    def signup(self, user):
        # ruleid: logging.segment
        self.client.identify(user, {"email": "x@example.com"})


# Look-alikes below must not be reported.
props = {"track": True}
# ok: logging.segment
enabled = props.get("track")
# ok: logging.segment
doc = "analytics.track('u1', 'Signed Up')"


class Analytics:
    def track(self, user, event):
        return event


# ok: logging.segment
Analytics().track("u1", "x")


def emit(c: Client) -> None:
    # c.track("u1", "x") in a comment
    return None
