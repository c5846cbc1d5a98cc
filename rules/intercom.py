"""Fixture for intercom: current SDK and legacy intercom.client.Client."""
import intercom
import intercom as ic
from intercom import AsyncIntercom, Intercom
from intercom.client import Client

# ok: logging.intercom
client = Intercom(token="TOKEN")
# ruleid: logging.intercom host=api.intercom.io creds=-
client.contacts.create(email="u1@example.com", name="User One")
# ruleid: logging.intercom
client.events.create(event_name="exported", created_at=1700000000, user_id="u1")
# ok: logging.intercom
eu = ic.Intercom(token="TOKEN", base_url="https://api.eu.intercom.io")
# ruleid: logging.intercom
eu.conversations.reply(conversation_id="1", body="hello", type="admin", admin_id="2")

# ok: logging.intercom
legacy = Client(personal_access_token="TOKEN")
# ruleid: logging.intercom
legacy.users.create(email="u1@example.com", custom_attributes={"plan": "pro"})


class Support:
    def __init__(self):
        # ok: logging.intercom
        self.client = AsyncIntercom(token="TOKEN")

    async def note(self, contact_id, body):
        # ruleid: logging.intercom
        return await self.client.notes.create(contact_id=contact_id, body=body)


# ruleid: logging.intercom
intercom.Intercom(token="TOKEN").contacts.search(query={"field": "email", "operator": "=", "value": "x"})

# Look-alikes below must not be reported.
attrs = {"plan": "pro"}
# ok: logging.intercom
plan = attrs.get("plan")
# ok: logging.intercom
text = "client.contacts.create(email='x')"


class Contacts:
    def create(self, email):
        return email


class Desk:
    contacts = Contacts()


# ok: logging.intercom
Desk().contacts.create(email="x")


def sync(c: Intercom) -> None:
    # c.contacts.create(email="x") in a comment
    return None
