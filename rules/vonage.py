"""Fixture for communication.vonage (never executed)."""
import os

import nexmo
import vonage
import vonage as vg
from vonage import Auth, HttpClientOptions, Vonage
from vonage_sms import SmsMessage

KEY, SECRET = os.environ["VONAGE_API_KEY"], os.environ["VONAGE_API_SECRET"]
sms = SmsMessage(to="447700900000", from_="Acme", text="hello")

# ok: communication.vonage
client = Vonage(Auth(api_key=KEY, api_secret=SECRET))
# ruleid: communication.vonage host=rest.nexmo.com creds=NEXMO_API_KEY,NEXMO_API_SECRET,VONAGE_API_KEY,VONAGE_API_SECRET
client.sms.send(sms)

# host override
# ok: communication.vonage
custom = Vonage(auth=Auth(api_key=KEY, api_secret=SECRET), http_client_options=HttpClientOptions(api_host="api-eu.vonage.com"))
# ruleid: communication.vonage
custom.messages.send(sms)

# ruleid: communication.vonage
vonage.Client(key=KEY, secret=SECRET).sms.send_message({"from": "Acme", "to": "447700900000", "text": "hi"})

# ruleid: communication.vonage
vg.Client(key=KEY, secret=SECRET).verify.start_verification(number="447700900000", brand="Acme")

# ruleid: communication.vonage
nexmo.Client(key=KEY, secret=SECRET).send_message({"from": "Acme", "to": "447700900000", "text": "hi"})


class Pager:
    def __init__(self):
        # ok: communication.vonage
        self.client = Vonage(Auth(api_key=KEY, api_secret=SECRET))

    def call(self, to):
        # ruleid: communication.vonage
        return self.client.voice.create_call({"to": [{"type": "phone", "number": to}]})


# ok: communication.vonage
def typed(c: Vonage) -> None:
    return None


try:
    pass
# ok: communication.vonage
except vonage.errors.ClientError:
    pass

# ok: communication.vonage
unused = Vonage(Auth(api_key=KEY, api_secret=SECRET))
options = {"sms": None}
# ok: communication.vonage
options.get("sms")


class Client:
    def __init__(self):
        self.sms = None


# ok: communication.vonage
Client().sms.send_message({})
# ok: communication.vonage
note = "client.sms.send(SmsMessage(...)) is done by the worker"
print(note)
