"""Fixture for hubspot (hubspot-api-client)."""
import hubspot
import hubspot as hs
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

# ok: logging.hubspot
api_client = HubSpot(access_token="TOKEN")
contact = SimplePublicObjectInputForCreate(properties={"email": "u1@example.com"})
# ruleid: logging.hubspot host=api.hubapi.com creds=-
api_client.crm.contacts.basic_api.create(simple_public_object_input_for_create=contact)
# ruleid: logging.hubspot
page = api_client.crm.companies.basic_api.get_page(limit=10)
# ok: logging.hubspot
created = hubspot.Client.create(access_token="TOKEN")
# ruleid: logging.hubspot
created.crm.deals.basic_api.archive(deal_id="1")
# ruleid: logging.hubspot
hs.HubSpot(access_token="TOKEN").crm.contacts.get_all()


class Sync:
    def __init__(self, token):
        # ok: logging.hubspot
        self.client = HubSpot(access_token=token)

    def push(self, props):
        # ruleid: logging.hubspot
        return self.client.crm.contacts.basic_api.update(contact_id="1", simple_public_object_input=props)


# Look-alikes below must not be reported.
# ok: logging.hubspot
model = SimplePublicObjectInputForCreate(properties={"email": "x"})
# ok: logging.hubspot
as_dict = contact.to_dict()
props = {"email": "x"}
# ok: logging.hubspot
email = props.get("email")
# ok: logging.hubspot
text = "api_client.crm.contacts.basic_api.create()"


class Crm:
    def create(self, data):
        return data


# ok: logging.hubspot
Crm().create({"email": "x"})


def sync(c: HubSpot) -> None:
    # c.crm.contacts.basic_api.create() in a comment
    return None
