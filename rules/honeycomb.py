import beeline
import beeline as bl
import libhoney
import libhoney as hny
from libhoney import Client, new_event

# ok: telemetry.honeycomb
libhoney.init(writekey="wk", dataset="api", api_host="https://api.eu1.honeycomb.io")
# ruleid: telemetry.honeycomb host=api.honeycomb.io creds=HONEYCOMB_API_KEY
beeline.init(writekey="wk", service_name="api")
# ruleid: telemetry.honeycomb host=refinery.internal:8080 creds=HONEYCOMB_API_KEY
bl.init(writekey="wk", dataset="jobs", api_host="https://refinery.internal:8080")


def track(user):
    ev = libhoney.new_event()
    ev.add({"user": user.email})
    # ruleid: telemetry.honeycomb
    ev.send()
    # ruleid: telemetry.honeycomb
    hny.send_now({"event": "login", "user": user.id})
    other = new_event()
    # ruleid: telemetry.honeycomb
    other.send_presampled()


class Events:
    def __init__(self):
        # ok: telemetry.honeycomb
        self.client = Client(writekey="wk", dataset="billing")

    def emit(self, data):
        # ruleid: telemetry.honeycomb
        self.client.send_now(data)


class Event:
    def send(self):
        return None


def look_alikes(fields):
    # ok: telemetry.honeycomb
    Event().send()
    # ok: telemetry.honeycomb
    fields.get("send_now")
    # ok: telemetry.honeycomb
    print("libhoney.send_now(data) posts to api.honeycomb.io")


def typed(c: libhoney.Client) -> None:
    pass
