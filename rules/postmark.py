"""Fixture for communication.postmark (never executed)."""
import os

import postmarker.core
import postmarker.core as pm
from postmarker.core import PostmarkClient
from postmarker.exceptions import ClientError

TOKEN = os.environ["POSTMARK_SERVER_TOKEN"]

# ruleid: communication.postmark host=api.postmarkapp.com creds=POSTMARK_SERVER_TOKEN
postmarker.core.PostmarkClient(server_token=TOKEN).emails.send(From="a@example.com", To="b@example.com", Subject="s", HtmlBody="x")

# ruleid: communication.postmark
pm.PostmarkClient(server_token=TOKEN).emails.send_with_template(TemplateId=1, TemplateModel={}, From="a@example.com", To="b@example.com")

# ok: communication.postmark
postmark = PostmarkClient(server_token=TOKEN)
# ruleid: communication.postmark
postmark.emails.send_batch({"From": "a@example.com", "To": "b@example.com", "TextBody": "x"})
# ok: communication.postmark
email = postmark.emails.Email(From="a@example.com", To="b@example.com", Subject="s", TextBody="t")
# ruleid: communication.postmark
postmark.emails.Email(From="a@example.com", To="c@example.com", TextBody="t").send()


class Receipts:
    def __init__(self):
        # ok: communication.postmark
        self.client = PostmarkClient(server_token=TOKEN, verbosity=3)

    def send(self, to, html):
        # ruleid: communication.postmark
        return self.client.emails.send(From="billing@example.com", To=to, Subject="Receipt", HtmlBody=html)


try:
    pass
# ok: communication.postmark
except ClientError:
    pass


# ok: communication.postmark
def typed(c: PostmarkClient) -> None:
    return None


# ok: communication.postmark
unused = PostmarkClient(server_token=TOKEN)
options = {"emails": []}
# ok: communication.postmark
options.get("emails")


class Emails:
    def send(self, **kw):
        return kw


# ok: communication.postmark
Emails().send(To="b@example.com")
# ok: communication.postmark
hint = "PostmarkClient(server_token).emails.send(To=...)"
print(hint)
