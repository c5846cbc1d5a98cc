"""Fixture for communication.zulip (never executed)."""
import zulip
import zulip as zp
from zulip import Client, ZulipError

message = {"type": "stream", "to": "ops", "topic": "deploys", "content": "done"}

# ruleid: communication.zulip
zulip.Client(config_file="~/zuliprc").send_message(message)

# ruleid: communication.zulip
zp.Client(email="bot@example.zulipchat.com", api_key="k").upload_file(open("r.txt", "rb"))

# host override: self-hosted server
# ok: communication.zulip
client = Client(email="bot@chat.internal", api_key="k", site="https://chat.internal")
# ruleid: communication.zulip host=chat.internal creds=ZULIP_API_KEY
client.send_message({"type": "private", "to": ["a@example.com"], "content": "hi"})
# ruleid: communication.zulip
client.call_endpoint(url="messages", method="POST", request=message)
# ok: communication.zulip
client.get_profile()


class Bot:
    def __init__(self):
        # ok: communication.zulip
        self.client = Client(config_file="~/zuliprc")

    def post(self, text):
        # ruleid: communication.zulip
        return self.client.send_message({**message, "content": text})

    def listen(self):
        # ruleid: communication.zulip
        self.client.call_on_each_message(print)


try:
    pass
# ok: communication.zulip
except ZulipError:
    pass


# ok: communication.zulip
def typed(c: Client) -> None:
    return None


# ok: communication.zulip
unused = Client(config_file="~/zuliprc")
# ok: communication.zulip
message.get("content")


class Messenger:
    def send_message(self, m):
        return m


# ok: communication.zulip
Messenger().send_message(message)
# ok: communication.zulip
doc = "client.send_message({'type': 'stream', ...})"
print(doc)
