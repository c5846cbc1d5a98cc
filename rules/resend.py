"""Fixture for communication.resend (never executed)."""
import os

import resend
import resend as rs
from resend import Batch, Emails
from resend.exceptions import ResendError

resend.api_key = os.environ["RESEND_API_KEY"]
params = {"from": "a@example.com", "to": ["b@example.com"], "subject": "s", "html": "<b>x</b>"}

# ruleid: communication.resend host=api.resend.com creds=RESEND_API_KEY
resend.Emails.send(params)

# ruleid: communication.resend
rs.Batch.send([params, params])

# ruleid: communication.resend
email = Emails.send(params)

# ruleid: communication.resend
Batch.send([params])

# ruleid: communication.resend
resend.Contacts.create({"audience_id": "aud", "email": "b@example.com"})


class Mailer:
    def __init__(self):
        self.emails = resend.Emails

    def send(self, to):
        # ruleid: communication.resend
        return resend.Emails.send({**params, "to": [to]})


async def send_later():
    # ruleid: communication.resend
    await resend.Emails.send_async(params)


# ok: communication.resend
typed: resend.Emails.SendParams = params

try:
    pass
# ok: communication.resend
except ResendError:
    pass

# ok: communication.resend
params.get("to")


class Local:
    class Emails:
        @staticmethod
        def send(p):
            return p


# ok: communication.resend
Local.Emails.send(params)
# ok: communication.resend
docs_text = "resend.Emails.send(params) sends the message"
# ok: communication.resend
# resend.Emails.send(params)
print(docs_text)
