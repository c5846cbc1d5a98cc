"""Fixture for communication.messagebird (never executed)."""
import os

import messagebird
import messagebird as mb
from messagebird import Client
from messagebird.client import ErrorException

KEY = os.environ["MESSAGEBIRD_ACCESS_KEY"]

# ruleid: communication.messagebird host=rest.messagebird.com creds=MESSAGEBIRD_ACCESS_KEY
messagebird.Client(KEY).message_create("Acme", ["31612345678"], "Hello")

# ruleid: communication.messagebird
mb.Client(KEY).verify_create("31612345678", {"originator": "Acme"})

# ok: communication.messagebird
client = Client(KEY)
# ruleid: communication.messagebird
client.voice_message_create(["31612345678"], "Your code is 1234", {"language": "en-gb"})
# ruleid: communication.messagebird
client.conversation_start({"channelId": "ch", "to": "31612345678", "type": "text", "content": {"text": "hi"}})
# ok: communication.messagebird
client.balance()


class Sms:
    def __init__(self):
        # ok: communication.messagebird
        self.client = Client(KEY)

    def send(self, to, text):
        # ruleid: communication.messagebird
        return self.client.message_create("Acme", [to], text)


try:
    pass
# ok: communication.messagebird
except ErrorException:
    pass


# ok: communication.messagebird
def typed(c: Client) -> None:
    return None


# ok: communication.messagebird
unused = Client(KEY)
settings = {"message_create": True}
# ok: communication.messagebird
settings.get("message_create")


class Gateway:
    def message_create(self, *args):
        return args


# ok: communication.messagebird
Gateway().message_create("Acme", ["1"], "x")
# ok: communication.messagebird
example = "messagebird.Client(key).message_create('Acme', [number], body)"
print(example)
