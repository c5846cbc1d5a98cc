"""Fixture for communication.twilio (never executed)."""
import os

import twilio.rest
import twilio.rest as tw
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client as TwilioClient
from twilio.twiml.voice_response import VoiceResponse

SID = os.environ["TWILIO_ACCOUNT_SID"]
TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

# ruleid: communication.twilio host=api.twilio.com creds=TWILIO_ACCOUNT_SID,TWILIO_AUTH_TOKEN
twilio.rest.Client(SID, TOKEN).messages.create(to="+15550001", from_="+15550002", body="hi")

# ruleid: communication.twilio
tw.Client(SID, TOKEN).calls.create(to="+15550001", from_="+15550002", url="https://x/twiml")

# ok: communication.twilio
client = TwilioClient(SID, TOKEN)
# ruleid: communication.twilio
client.verify.v2.services("VA123").verifications.create(to="+15550001", channel="sms")
# ruleid: communication.twilio
client.messages("SM123").fetch()
# ruleid: communication.twilio
for m in client.messages.list(limit=20):
    print(m.sid)

# host override: regional edge
# ruleid: communication.twilio
TwilioClient(SID, TOKEN, region="ie1", edge="dublin").messages.create(to="+1", body="x")


class Notifier:
    def __init__(self):
        # ok: communication.twilio
        self.client = TwilioClient(SID, TOKEN)

    async def alert(self, phone, text):
        # ruleid: communication.twilio
        await self.client.messages.create_async(to=phone, from_="+15550002", body=text)


# ok: communication.twilio
def build_client(c: TwilioClient) -> None:
    return None


try:
    pass
# ok: communication.twilio
except TwilioRestException:
    pass

# ok: communication.twilio
unused = TwilioClient(SID, TOKEN)

# ok: communication.twilio
VoiceResponse().say("Hello")

settings = {"messages": []}
# ok: communication.twilio
settings.get("messages")


class Client:
    def __init__(self, *args):
        self.messages = None


# ok: communication.twilio
Client("a", "b").messages.create(to="+1")

# ok: communication.twilio
doc = "twilio.rest.Client(sid, token).messages.create(to=..., body=...)"
# ok: communication.twilio
# client.messages.create(to="+1", body="commented out")
print(doc)
