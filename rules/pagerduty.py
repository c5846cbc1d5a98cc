"""Fixture for communication.pagerduty (never executed)."""
import os

import pagerduty
import pdpyras
import pdpyras as pd
import pypd
import requests
from pagerduty import EventsApiV2Client, RestApiV2Client
from pdpyras import PDClientError

ROUTING_KEY = os.environ["PD_ROUTING_KEY"]

# ruleid: communication.pagerduty host=events.pagerduty.com creds=PD_ROUTING_KEY
pagerduty.EventsApiV2Client(ROUTING_KEY).trigger("disk full", "db-1")

# ruleid: communication.pagerduty
pd.EventsAPISession(ROUTING_KEY).resolve("dedup-1")

# ok: communication.pagerduty
events = EventsApiV2Client(ROUTING_KEY)
# ruleid: communication.pagerduty
events.trigger("payment failed", "billing", custom_details={"order": 1})

with pagerduty.EventsApiV2Client(ROUTING_KEY, debug=False) as ev:
    # ruleid: communication.pagerduty
    ev.acknowledge(dedup_key="dedup-1")

# ok: communication.pagerduty
rest = RestApiV2Client(os.environ["PD_API_KEY"])
# ruleid: communication.pagerduty
rest.rpost("incidents", json={"type": "incident", "title": "x"})
# ok: communication.pagerduty
rest.list_all("users")

# ruleid: communication.pagerduty
pypd.EventV2.create(data={"routing_key": ROUTING_KEY, "event_action": "trigger"})

# generic client, attributed by host
# ruleid: communication.pagerduty host=events.pagerduty.com creds=PD_ROUTING_KEY
requests.post("https://events.pagerduty.com/v2/enqueue", json={"routing_key": ROUTING_KEY})


class Pager:
    def __init__(self):
        # ok: communication.pagerduty
        self.session = pdpyras.EventsAPISession(ROUTING_KEY)

    def page(self, summary):
        # ruleid: communication.pagerduty
        return self.session.trigger(summary, "worker")


try:
    pass
# ok: communication.pagerduty
except PDClientError:
    pass


# ok: communication.pagerduty
def typed(c: RestApiV2Client) -> None:
    return None


# ok: communication.pagerduty
unused = EventsApiV2Client(ROUTING_KEY)
alert = {"summary": "x"}
# ok: communication.pagerduty
alert.get("summary")


class Incident:
    def trigger(self, *a):
        return a


# ok: communication.pagerduty
Incident().trigger("local")
# ok: communication.pagerduty
doc = "EventsApiV2Client(routing_key).trigger(summary, source)"
print(doc)
