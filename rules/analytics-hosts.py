"""Fixture for analytics-hosts: Google Analytics and Heap reached through generic HTTP clients."""
import json
import urllib.request

import httpx
import requests
import requests as rq

MID = "G-XXXX"
SECRET = "secret"

# ruleid: logging.google-analytics
requests.post(
    "https://www.google-analytics.com/mp/collect",
    params={"measurement_id": MID, "api_secret": SECRET},
    json={"client_id": "c1", "events": [{"name": "purchase", "params": {"value": 9.99}}]},
)
# ruleid: logging.google-analytics host=region1.google-analytics.com creds=-
rq.post("https://region1.google-analytics.com/mp/collect?measurement_id=G-1&api_secret=s", json={})
# ruleid: logging.google-analytics
httpx.post("https://www.google-analytics.com/collect", data={"v": "1", "tid": "UA-1", "cid": "c1"})


class Heap:
    def __init__(self):
        # ok: logging.heap
        self.session = requests.Session()

    def track(self, identity, event):
        # ruleid: logging.heap
        return self.session.post("https://heapanalytics.com/api/track",
                                 json={"app_id": "1", "identity": identity, "event": event})


with httpx.Client(timeout=5) as heap:
    # ruleid: logging.heap
    heap.post("https://heapanalytics.com/api/add_user_properties", json={"app_id": "1", "identity": "u1"})

# ruleid: logging.heap
urllib.request.urlopen("https://heapanalytics.com/api/track", data=json.dumps({"app_id": "1"}).encode())

# Look-alikes below must not be reported.
# ok: logging.google-analytics
docs = requests.get("https://developers.google.com/analytics/devguides/collection/protocol/ga4")
# ok: logging.google-analytics
text = "https://www.google-analytics.com/mp/collect"
cfg = {"ga": "https://www.google-analytics.com"}
# ok: logging.google-analytics
url = cfg.get("ga")
# ok: logging.heap
lookalike = requests.post("https://heapanalytics.example.com/api/track", json={})
