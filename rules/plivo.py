"""Fixture for communication.plivo (never executed)."""
import os

import plivo
import plivo as pv
from plivo import RestClient
from plivo.exceptions import PlivoRestError

AUTH_ID, AUTH_TOKEN = os.environ["PLIVO_AUTH_ID"], os.environ["PLIVO_AUTH_TOKEN"]

# ruleid: communication.plivo host=api.plivo.com creds=PLIVO_AUTH_ID,PLIVO_AUTH_TOKEN
plivo.RestClient(AUTH_ID, AUTH_TOKEN).messages.create(src="+14155550100", dst="+14155550101", text="hi")

# ruleid: communication.plivo
pv.RestClient().calls.create(from_="+14155550100", to_="+14155550101", answer_url="https://x/answer")

with RestClient(AUTH_ID, AUTH_TOKEN) as client:
    # ruleid: communication.plivo
    client.messages.create(src="+14155550100", dst="+14155550102", text="code 1234")
    # ok: communication.plivo
    client.messages.get("uuid")

# ok: communication.plivo
client2 = RestClient(auth_id=AUTH_ID, auth_token=AUTH_TOKEN, proxies={"https": "https://proxy.internal:3128"})
# ruleid: communication.plivo
client2.calls.update("call-uuid", legs="aleg", aleg_url="https://x/transfer")

# ruleid: communication.plivo
plivo.RestAPI(AUTH_ID, AUTH_TOKEN).send_message({"src": "+1", "dst": "+2", "text": "x"})


class Alerts:
    def __init__(self):
        # ok: communication.plivo
        self.client = RestClient()

    def page(self, to, text):
        # ruleid: communication.plivo
        return self.client.messages.create(src="+14155550100", dst=to, text=text)


try:
    pass
# ok: communication.plivo
except PlivoRestError:
    pass


# ok: communication.plivo
def typed(c: RestClient) -> None:
    return None


# ok: communication.plivo
unused = RestClient(AUTH_ID, AUTH_TOKEN)
routing = {"messages": []}
# ok: communication.plivo
routing.get("messages")


class Messages:
    def create(self, **kw):
        return kw


# ok: communication.plivo
Messages().create(src="+1", dst="+2", text="x")
# ok: communication.plivo
docstring = "client.messages.create(src=..., dst=..., text=...)"
print(docstring)
