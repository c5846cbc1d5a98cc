"""Fixture for snowplow (snowplow-tracker)."""
import snowplow_tracker
import snowplow_tracker as sp
from snowplow_tracker import Emitter, Snowplow, Subject, Tracker

# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.snowplow host=collector.example.com
emitter = Emitter("collector.example.com", protocol="https")
# ok: logging.snowplow
tracker = Tracker(namespace="app", emitters=emitter)
# ruleid: logging.snowplow
tracker.track_struct_event("checkout", "purchase", label="order-1")
# ruleid: logging.snowplow
tracker.track_page_view("https://example.com/pricing", "Pricing")
# ruleid: logging.snowplow
# ruleid: logging.snowplow host=collector.example.com
sp.Tracker("app", sp.Emitter("collector.example.com")).track_screen_view("Home")

# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.snowplow host=collector.example.com
managed = Snowplow.create_tracker(namespace="svc", endpoint="https://collector.example.com")
# ruleid: logging.snowplow host=collector.example.com creds=-
managed.track_self_describing_event(snowplow_tracker.SelfDescribingJson("iglu:com.acme/x/jsonschema/1-0-0", {}))


class Events:
    def __init__(self):
        # client-sites: building the client with a destination is where the integration is configured
        # ruleid: logging.snowplow host=collector.example.com
        self.tracker = snowplow_tracker.Tracker("worker", Emitter("collector.example.com"))

    def done(self, job):
        # ruleid: logging.snowplow
        # todoruleid: logging.snowplow host=collector.example.com
        self.tracker.track_struct_event("jobs", "done", label=job)


# Look-alikes below must not be reported.
# ok: logging.snowplow
subject = Subject().set_user_id("u1")
# ok: logging.snowplow
tracker.set_subject(subject)
params = {"track_page_view": True}
# ok: logging.snowplow
on = params.get("track_page_view")
# ok: logging.snowplow
text = "tracker.track_struct_event('a', 'b')"


class Funnel:
    def track_page_view(self, url):
        return url


# ok: logging.snowplow
Funnel().track_page_view("https://example.com")


def emit(t: Tracker) -> None:
    # t.track_struct_event("a", "b") in a comment
    return None
