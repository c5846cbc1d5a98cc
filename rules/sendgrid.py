"""Fixture for communication.sendgrid (never executed)."""
import os

import sendgrid
import sendgrid as sg_mod
from python_http_client.exceptions import HTTPError
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

KEY = os.environ.get("SENDGRID_API_KEY")
message = Mail(from_email="a@example.com", to_emails="b@example.com", subject="s", html_content="<p>x</p>")

# ruleid: communication.sendgrid host=api.sendgrid.com creds=SENDGRID_API_KEY
sendgrid.SendGridAPIClient(KEY).send(message)

# ruleid: communication.sendgrid
sg_mod.SendGridAPIClient(api_key=KEY).client.mail.send.post(request_body=message.get())

# ok: communication.sendgrid
sg = SendGridAPIClient(KEY)
# ruleid: communication.sendgrid
response = sg.send(message)
# ruleid: communication.sendgrid
sg.client.suppression.bounces.get()
# ruleid: communication.sendgrid
sg.client._("templates").post(request_body={"name": "t"})

# host override (EU data residency)
# ok: communication.sendgrid
eu = SendGridAPIClient(api_key=KEY, host="https://api.eu.sendgrid.com")
# ruleid: communication.sendgrid
eu.send(message)


class Mailer:
    def __init__(self):
        # ok: communication.sendgrid
        self.client = SendGridAPIClient(KEY)

    def welcome(self, to):
        # ok: communication.sendgrid
        msg = Mail(from_email="a@example.com", to_emails=to, subject="hi", plain_text_content="hi")
        # ruleid: communication.sendgrid
        return self.client.send(msg)


try:
    pass
# ok: communication.sendgrid
except HTTPError:
    pass


# ok: communication.sendgrid
def typed(c: SendGridAPIClient) -> None:
    return None


# ok: communication.sendgrid
unused = SendGridAPIClient(KEY)

cfg = {"send": True}
# ok: communication.sendgrid
cfg.get("send")


class Client:
    def send(self, m):
        return m


# ok: communication.sendgrid
Client().send(message)
# ok: communication.sendgrid
note = "SendGridAPIClient(key).send(message) is called by the worker"
print(note)
