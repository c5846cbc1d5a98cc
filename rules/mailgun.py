"""Fixture for communication.mailgun (never executed)."""
import os

import mailgun.client
import mailgun.client as mg
import requests
from mailgun.client import AsyncClient, Client
from mailgun.handlers.error_handler import ApiError

KEY = os.environ["MAILGUN_API_KEY"]
DOMAIN = "mg.example.com"
data = {"from": "a@example.com", "to": "b@example.com", "subject": "s", "text": "t"}

# ruleid: communication.mailgun host=api.mailgun.net creds=MAILGUN_API_KEY
mailgun.client.Client(auth=("api", KEY)).messages.create(data=data, domain=DOMAIN)

# ruleid: communication.mailgun
mg.Client(auth=("api", KEY)).domains.create(data={"name": DOMAIN})

with Client(auth=("api", KEY)) as client:
    # ruleid: communication.mailgun
    client.messages.create(data=data, domain=DOMAIN)
    # ruleid: communication.mailgun
    client.bounces.delete(domain=DOMAIN)


async def send_async():
    async with AsyncClient(auth=("api", KEY)) as aclient:
        # ruleid: communication.mailgun
        await aclient.messages.create(data=data, domain=DOMAIN)


# host override: EU region
# ok: communication.mailgun
eu = Client(auth=("api", KEY), api_url="https://api.eu.mailgun.net")
# ruleid: communication.mailgun
eu.messages.create(data=data, domain=DOMAIN)

# plain HTTP API, attributed by host
# ruleid: communication.mailgun host=api.mailgun.net creds=MAILGUN_API_KEY
requests.post(f"https://api.mailgun.net/v3/{DOMAIN}/messages", auth=("api", KEY), data=data)


class Sender:
    def __init__(self):
        # ok: communication.mailgun
        self.client = Client(auth=("api", KEY))

    def send(self, to):
        # ruleid: communication.mailgun
        return self.client.messages.create(data={**data, "to": to}, domain=DOMAIN)


try:
    pass
# ok: communication.mailgun
except ApiError:
    pass


# ok: communication.mailgun
def typed(c: Client) -> None:
    return None


# ok: communication.mailgun
unused = Client(auth=("api", KEY))
# ok: communication.mailgun
data.get("messages")
# ok: communication.mailgun
text = "Client(auth=...).messages.create(data=data, domain=domain)"
# ok: communication.mailgun
requests.get("https://status.example.com/mailgun")
print(text)
