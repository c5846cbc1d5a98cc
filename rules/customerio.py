"""Fixture for customerio."""
import customerio
import customerio as cio_mod
from customerio import APIClient, CustomerIO, Regions, SendEmailRequest

# ok: logging.customerio
cio = CustomerIO("SITE_ID", "API_KEY", region=Regions.EU)
# ruleid: logging.customerio
# todoruleid: logging.customerio host=track-eu.customer.io
cio.identify(id="u1", email="u1@example.com", plan="pro")
# ruleid: logging.customerio
cio.track(customer_id="u1", name="purchased", price=23.45)
# ruleid: logging.customerio
customerio.CustomerIO("SITE_ID", "API_KEY").pageview("u1", "https://example.com/pricing")
# ok: logging.customerio
proxy = cio_mod.CustomerIO("SITE_ID", "API_KEY", host="cio-proxy.example.com")
# ruleid: logging.customerio host=cio-proxy.example.com creds=-
proxy.add_device("u1", "device-token", "ios")

# ok: logging.customerio
api = APIClient("APP_KEY", region=Regions.US)
request = SendEmailRequest(transactional_message_id="3", to="u1@example.com", identifiers={"id": "u1"})
# ruleid: logging.customerio
api.send_email(request)


class Crm:
    def __init__(self):
        # ok: logging.customerio
        self.client = CustomerIO("SITE_ID", "API_KEY")

    def forget(self, user):
        # ruleid: logging.customerio
        self.client.delete(customer_id=user)


# Look-alikes below must not be reported.
# ok: logging.customerio
request.attach("invoice.pdf", b"%PDF")
data = {"email": "x"}
# ok: logging.customerio
email = data.get("email")
# ok: logging.customerio
text = "cio.identify(id='u1', email='x')"


class Profiles:
    def identify(self, id, **attrs):
        return attrs


# ok: logging.customerio
Profiles().identify(id="u1", email="x")


def sync(c: CustomerIO) -> None:
    # c.identify(id="u1") in a comment
    return None


try:
    pass
except customerio.CustomerIOException:
    pass
