"""Fixture for communication.sinch (never executed)."""
import os

import sinch
import sinch as sn
from sinch import SinchClient
from sinch.core.exceptions import SinchException

CREDS = dict(key_id=os.environ["SINCH_KEY_ID"], key_secret=os.environ["SINCH_KEY_SECRET"], project_id="p1")

# ruleid: communication.sinch host=us.sms.api.sinch.com creds=SINCH_KEY_ID,SINCH_KEY_SECRET
sinch.SinchClient(**CREDS).sms.batches.send(body="hi", to=["+46700000000"], from_="+46700000001")

# ruleid: communication.sinch
sn.SinchClient(**CREDS).sms.batches.send(body="code 1234", to=["+46700000000"], from_="Acme")

# ok: communication.sinch
client = SinchClient(**CREDS)
# ok: communication.sinch
client.configuration.sms_region = "eu"
# ruleid: communication.sinch
client.sms.batches.send(body="eu region", to=["+46700000000"], from_="Acme", delivery_report="none")
# ok: communication.sinch
client.sms.batches.list()


class Notifier:
    def __init__(self):
        # ok: communication.sinch
        self.sinch = SinchClient(**CREDS)

    def notify(self, to, text):
        # ruleid: communication.sinch
        return self.sinch.sms.batches.send(body=text, to=[to], from_="Acme")


try:
    pass
# ok: communication.sinch
except SinchException:
    pass


# ok: communication.sinch
def typed(c: SinchClient) -> None:
    return None


# ok: communication.sinch
unused = SinchClient(**CREDS)
# ok: communication.sinch
CREDS.get("key_id")


class Batches:
    def send(self, **kw):
        return kw


# ok: communication.sinch
Batches().send(body="x", to=[])
# ok: communication.sinch
text = "sinch_client.sms.batches.send(body=..., to=[...])"
print(text)
