"""Fixture for communication.mailchimp and communication.mailchimp.transactional (never executed)."""
import os

import mailchimp_marketing
import mailchimp_marketing as MailchimpMarketing
import mailchimp_transactional as MailchimpTransactional
import mandrill
from mailchimp3 import MailChimp
from mailchimp_marketing.api_client import ApiClientError

KEY = os.environ["MAILCHIMP_API_KEY"]

# ok: communication.mailchimp
client = mailchimp_marketing.Client()
# ok: communication.mailchimp
client.set_config({"api_key": KEY, "server": "us1"})
# ruleid: communication.mailchimp
client.lists.add_list_member("list1", {"email_address": "a@example.com", "status": "subscribed"})

# ruleid: communication.mailchimp
MailchimpMarketing.Client().ping.get()

# ok: communication.mailchimp
mc3 = MailChimp(mc_api=KEY, mc_user="me")
# ruleid: communication.mailchimp
mc3.lists.members.create("list1", {"email_address": "a@example.com", "status": "subscribed"})
# ok: communication.mailchimp
mc3.lists.all(get_all=True)


class Audience:
    def __init__(self):
        # ok: communication.mailchimp
        self.mc = MailchimpMarketing.Client()

    def add(self, email):
        # ruleid: communication.mailchimp
        return self.mc.lists.set_list_member("list1", email, {"status_if_new": "subscribed"})


try:
    pass
# ok: communication.mailchimp
except ApiClientError:
    pass

# ok: communication.mailchimp.transactional
mandrill_client = MailchimpTransactional.Client(KEY)
# ruleid: communication.mailchimp.transactional host=mandrillapp.com creds=MAILCHIMP_API_KEY
mandrill_client.messages.send({"message": {"to": [{"email": "a@example.com"}], "text": "x"}})
# ruleid: communication.mailchimp.transactional
mandrill.Mandrill(KEY).messages.send(message={"to": [{"email": "a@example.com"}]})


# ok: communication.mailchimp
def typed(c: MailChimp) -> None:
    return None


# ok: communication.mailchimp.transactional
unused = MailchimpTransactional.Client(KEY)
config = {"lists": []}
# ok: communication.mailchimp
config.get("lists")


class Client:
    def __init__(self):
        self.lists = None


# ok: communication.mailchimp
Client().lists.add_list_member("x", {})
# ok: communication.mailchimp.transactional
sample = "mailchimp_transactional.Client(key).messages.send({...})"
print(sample)
