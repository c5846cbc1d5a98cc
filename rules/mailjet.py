"""Fixture for communication.mailjet (never executed)."""
import os

import mailjet_rest
import mailjet_rest as mj
from mailjet_rest import Client

AUTH = (os.environ["MJ_APIKEY_PUBLIC"], os.environ["MJ_APIKEY_PRIVATE"])
payload = {"Messages": [{"From": {"Email": "a@example.com"}, "To": [{"Email": "b@example.com"}], "TextPart": "x"}]}

# ruleid: communication.mailjet host=api.mailjet.com creds=MJ_APIKEY_PRIVATE,MJ_APIKEY_PUBLIC
mailjet_rest.Client(auth=AUTH, version="v3.1").send.create(data=payload)

# ruleid: communication.mailjet
mj.Client(auth=AUTH).contact.create(data={"Email": "b@example.com"})

# ok: communication.mailjet
mailjet = Client(auth=AUTH, version="v3.1")
# ruleid: communication.mailjet
result = mailjet.send.create(data=payload)
# ruleid: communication.mailjet
mailjet.contactslist_managecontact.update(id=1, data={"Action": "addnoforce"})
# ok: communication.mailjet
mailjet.contact.get()

# host override
# ok: communication.mailjet
proxy = Client(auth=AUTH, api_url="https://mailjet-proxy.internal/")
# ruleid: communication.mailjet
proxy.send.create(data=payload)


class Newsletter:
    def __init__(self):
        # ok: communication.mailjet
        self.client = Client(auth=AUTH)

    def subscribe(self, email):
        # ruleid: communication.mailjet
        return self.client.contact.create(data={"Email": email})


# ok: communication.mailjet
def typed(c: Client) -> None:
    return None


try:
    pass
# ok: communication.mailjet
except mailjet_rest.client.ApiError:
    pass

# ok: communication.mailjet
unused = Client(auth=AUTH)
# ok: communication.mailjet
payload.get("Messages")


class Sender:
    def __init__(self):
        self.send = None


# ok: communication.mailjet
Sender().send.create(data=payload)
# ok: communication.mailjet
snippet = "mailjet.send.create(data=data)"
print(snippet)
