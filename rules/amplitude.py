"""Fixture for amplitude (amplitude-analytics)."""
import amplitude
import amplitude as amp
from amplitude import Amplitude, BaseEvent, Config, Identify

# ok: logging.amplitude
client = Amplitude("API_KEY")
# ruleid: logging.amplitude host=api2.amplitude.com creds=-
client.track(BaseEvent(event_type="Song Played", user_id="u1", event_properties={"title": "x"}))
ident = Identify()
ident.set("plan", "pro")
# ruleid: logging.amplitude
client.identify(ident, amplitude.EventOptions(user_id="u1"))
# ruleid: logging.amplitude
amp.Amplitude("API_KEY").track(amp.BaseEvent(event_type="Login", user_id="u2"))

# ok: logging.amplitude
eu = Amplitude("API_KEY", configuration=Config(server_zone="EU"))
# ruleid: logging.amplitude
eu.revenue(amplitude.Revenue(price=3.99, quantity=1), amplitude.EventOptions(user_id="u1"))


class Metrics:
    def __init__(self):
        # ok: logging.amplitude
        self.client = Amplitude("API_KEY")

    def team(self, user):
        # ruleid: logging.amplitude
        self.client.group_identify("org", "acme", Identify(), amplitude.EventOptions(user_id=user))


# Look-alikes below must not be reported.
# ok: logging.amplitude
ident.add("logins", 1)
# ok: logging.amplitude
event = BaseEvent(event_type="Local", user_id="u3")
opts = {"track": True}
# ok: logging.amplitude
on = opts.get("track")
# ok: logging.amplitude
text = "client.track(BaseEvent('x'))"


class Counter:
    def track(self, event):
        return event


# ok: logging.amplitude
Counter().track("x")


def send(c: Amplitude) -> None:
    # c.track(BaseEvent("x")) in a comment
    return None
