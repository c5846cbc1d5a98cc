"""Fixture for communication.whatsapp (never executed)."""
import os

import heyoo
import pywa
import pywa as pw
import requests
from heyoo import WhatsApp as Heyoo
from pywa import WhatsApp
from pywa.errors import WhatsAppError

TOKEN = os.environ["WA_TOKEN"]
PHONE_ID = "1234567890"

# ruleid: communication.whatsapp host=graph.facebook.com creds=WA_TOKEN
pywa.WhatsApp(phone_id=PHONE_ID, token=TOKEN).send_message(to="15550001", text="hello")

# ruleid: communication.whatsapp
pw.WhatsApp(phone_id=PHONE_ID, token=TOKEN).send_template(to="15550001", name="order_update", language="en_US")

# ok: communication.whatsapp
wa = WhatsApp(phone_id=PHONE_ID, token=TOKEN)
# ruleid: communication.whatsapp
wa.send_image(to="15550001", image="https://example.com/i.png", caption="x")

# ok: communication.whatsapp
messenger = Heyoo(TOKEN, phone_number_id=PHONE_ID)
# ruleid: communication.whatsapp
messenger.send_message("Your code is 1234", "15550001")
# ruleid: communication.whatsapp
heyoo.WhatsApp(TOKEN, phone_number_id=PHONE_ID).send_document("https://x/doc.pdf", "15550001")

# Cloud API via a generic client, attributed by host
# ruleid: communication.whatsapp host=graph.facebook.com creds=-
requests.post(f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages", json={"messaging_product": "whatsapp", "to": "15550001"})


class Support:
    def __init__(self):
        # ok: communication.whatsapp
        self.wa = WhatsApp(phone_id=PHONE_ID, token=TOKEN)

    def reply(self, to, text):
        # ruleid: communication.whatsapp
        return self.wa.send_message(to=to, text=text)


try:
    pass
# ok: communication.whatsapp
except WhatsAppError:
    pass


# ok: communication.whatsapp
def typed(c: WhatsApp) -> None:
    return None


# ok: communication.whatsapp
unused = WhatsApp(phone_id=PHONE_ID, token=TOKEN)
update = {"text": "hi"}
# ok: communication.whatsapp
update.get("text")


class Chat:
    def send_message(self, to, text):
        return to, text


# ok: communication.whatsapp
Chat().send_message("1", "local")
# ok: communication.whatsapp
doc = "wa.send_message(to=number, text=body)"
print(doc)
