"""Fixture for communication.brevo (never executed)."""
import os

import sib_api_v3_sdk
import brevo_python as bp
from brevo import Brevo
from sib_api_v3_sdk.rest import ApiException

configuration = sib_api_v3_sdk.Configuration()
configuration.api_key["api-key"] = os.environ["BREVO_API_KEY"]
email = sib_api_v3_sdk.SendSmtpEmail(to=[{"email": "b@example.com"}], html_content="<p>x</p>", subject="s")

# ok: communication.brevo
api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(configuration))
# ruleid: communication.brevo host=api.brevo.com creds=-
api.send_transac_email(email)

# ruleid: communication.brevo
bp.TransactionalSMSApi(bp.ApiClient(configuration)).send_transac_sms({"recipient": "+15550001", "content": "x"})

# ruleid: communication.brevo
sib_api_v3_sdk.ContactsApi(sib_api_v3_sdk.ApiClient(configuration)).create_contact({"email": "b@example.com"})

# ok: communication.brevo
client = Brevo(api_key=os.environ["BREVO_API_KEY"])
# ruleid: communication.brevo
client.transactional_emails.send_transac_email(subject="s", text_content="x", to=[{"email": "b@example.com"}])


class Campaigns:
    def __init__(self):
        # ok: communication.brevo
        self.api = sib_api_v3_sdk.EmailCampaignsApi(sib_api_v3_sdk.ApiClient(configuration))

    def launch(self, campaign_id):
        # ruleid: communication.brevo
        return self.api.send_email_campaign_now(campaign_id)


try:
    pass
# ok: communication.brevo
except ApiException:
    pass


# ok: communication.brevo
def typed(c: Brevo) -> None:
    return None


# ok: communication.brevo
unused = Brevo(api_key="x")
# ok: communication.brevo
configuration.api_key.get("api-key")


class TransactionalEmailsApi:
    def send_transac_email(self, e):
        return e


# ok: communication.brevo
TransactionalEmailsApi().send_transac_email(email)
# ok: communication.brevo
text = "TransactionalEmailsApi(client).send_transac_email(email)"
print(text)
