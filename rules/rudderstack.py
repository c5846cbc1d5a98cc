"""Fixture for rudderstack: rudderstack.analytics and legacy rudder_analytics."""
import rudder_analytics
import rudderstack.analytics
import rudderstack.analytics as ra
from rudderstack.analytics import Client
from rudderstack.analytics import identify as rs_identify

ra.write_key = "WRITE_KEY"
ra.dataPlaneUrl = "https://acme.dataplane.rudderstack.com"
# ruleid: logging.rudderstack
# todoruleid: logging.rudderstack host=acme.dataplane.rudderstack.com
ra.track("u1", "Order Completed", {"total": 42})
# ruleid: logging.rudderstack
rs_identify("u1", {"email": "u1@example.com"})
# ruleid: logging.rudderstack
rudderstack.analytics.page("u1", "Docs")
# ruleid: logging.rudderstack
rudder_analytics.track("u1", "Legacy Event")

# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.rudderstack host=acme.dataplane.rudderstack.com
client = Client("WRITE_KEY", host="https://acme.dataplane.rudderstack.com")
# ruleid: logging.rudderstack host=acme.dataplane.rudderstack.com creds=-
client.group("u1", "org-1", {"plan": "pro"})


class Events:
    def __init__(self):
        # ok: logging.rudderstack
        self.client = Client(write_key="WRITE_KEY")

    def alias(self, old, new):
        # ruleid: logging.rudderstack
        self.client.alias(old, new)


# Look-alikes below must not be reported.
row = {"page": "home"}
# ok: logging.rudderstack
page = row.get("page")
# ok: logging.rudderstack
text = "rudder_analytics.track('u1', 'x')"


class Recorder:
    def track(self, user, event):
        return event


# ok: logging.rudderstack
Recorder().track("u1", "x")


def send(c: Client) -> None:
    # c.track("u1", "x") in a comment
    return None
