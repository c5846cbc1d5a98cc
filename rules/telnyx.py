"""Fixture for communication.telnyx (never executed)."""
import os

import telnyx
import telnyx as tx
from telnyx import AsyncTelnyx, Telnyx

telnyx.api_key = os.environ["TELNYX_API_KEY"]

# ruleid: communication.telnyx host=api.telnyx.com creds=TELNYX_API_KEY
telnyx.Message.create(from_="+13125550100", to="+13125550101", text="hi")

# ruleid: communication.telnyx
tx.Telnyx().messages.send(from_="+13125550100", to="+13125550101", text="hi")

# ok: communication.telnyx
client = Telnyx(api_key=os.environ.get("TELNYX_API_KEY"))
# ruleid: communication.telnyx
client.messages.send(from_="+13125550100", to="+13125550102", text="code 1234")
# ruleid: communication.telnyx
client.calls.dial(connection_id="c1", from_="+13125550100", to="+13125550103")

# host override
# ok: communication.telnyx
proxied = Telnyx(base_url="https://telnyx-proxy.internal/v2")
# ruleid: communication.telnyx
proxied.messages.send(from_="+13125550100", to="+13125550104", text="x")


async def send_async(to):
    # ok: communication.telnyx
    aclient = AsyncTelnyx()
    # ruleid: communication.telnyx
    await aclient.messages.send(from_="+13125550100", to=to, text="x")


class Sms:
    def __init__(self):
        # ok: communication.telnyx
        self.client = Telnyx()

    def send(self, to, text):
        # ruleid: communication.telnyx
        return self.client.messages.send(from_="+13125550100", to=to, text=text)


try:
    pass
# ok: communication.telnyx
except telnyx.APIError:
    pass


# ok: communication.telnyx
def typed(c: Telnyx) -> None:
    return None


# ok: communication.telnyx
unused = Telnyx()
opts = {"messages": 1}
# ok: communication.telnyx
opts.get("messages")


class Message:
    @staticmethod
    def create(**kw):
        return kw


# ok: communication.telnyx
Message.create(to="+1")
# ok: communication.telnyx
hint = "telnyx.Message.create(from_=..., to=..., text=...)"
print(hint)
