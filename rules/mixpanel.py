"""Fixture for mixpanel."""
import mixpanel
import mixpanel as mpx
from mixpanel import BufferedConsumer, Consumer, Mixpanel

# ok: logging.mixpanel
mp = Mixpanel("TOKEN")
# ruleid: logging.mixpanel host=api.mixpanel.com creds=-
mp.track("u1", "Signed Up", {"source": "web"})
# ruleid: logging.mixpanel
mp.people_set("u1", {"$email": "u1@example.com", "plan": "pro"})
# ruleid: logging.mixpanel
mp.alias("u1", "anon-1")
# ruleid: logging.mixpanel
mixpanel.Mixpanel("TOKEN").people_increment("u1", {"logins": 1})

# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.mixpanel host=api-eu.mixpanel.com
eu = mpx.Mixpanel("TOKEN", consumer=mpx.Consumer(api_host="api-eu.mixpanel.com"))
# ruleid: logging.mixpanel
eu.import_data("API_KEY", "u1", "Old Event", 1600000000)
# ruleid: logging.mixpanel
eu.group_set("company", "acme", {"seats": 10})

# ok: logging.mixpanel
buffered = BufferedConsumer(max_size=50)
# ruleid: logging.mixpanel
buffered.send("events", '{"event": "x"}')
# client-sites: building the client with a destination is where the integration is configured
# ruleid: logging.mixpanel host=proxy.example.com
direct = Consumer(events_url="https://proxy.example.com/track")
# ruleid: logging.mixpanel
direct.send("events", '{"event": "y"}')


class Analytics:
    def __init__(self):
        # ok: logging.mixpanel
        self.mp = Mixpanel("TOKEN")

    def charge(self, user, amount):
        # ruleid: logging.mixpanel
        self.mp.people_track_charge(user, amount)


# Look-alikes below must not be reported.
# ok: logging.mixpanel
payload = mixpanel.json_dumps({"event": "x"})
props = {"plan": "pro"}
# ok: logging.mixpanel
plan = props.get("plan")
# ok: logging.mixpanel
text = "mp.track('u1', 'Signed Up')"


class Mixpanelish:
    def track(self, user, event):
        return event


# ok: logging.mixpanel
Mixpanelish().track("u1", "x")


def record(m: Mixpanel) -> None:
    # m.track("u1", "x") in a comment
    return None


try:
    pass
except mixpanel.MixpanelException:
    pass
