"""Fixture for communication.sparkpost (never executed)."""
import os

import sparkpost
import sparkpost as spk
from sparkpost import SparkPost
from sparkpost.exceptions import SparkPostAPIException

KEY = os.environ.get("SPARKPOST_API_KEY")

# ruleid: communication.sparkpost host=api.sparkpost.com creds=SPARKPOST_API_KEY
sparkpost.SparkPost(KEY).transmissions.send(recipients=["b@example.com"], text="x", from_email="a@example.com")

# ruleid: communication.sparkpost
spk.SparkPost().recipient_lists.create(id="list", recipients=[{"address": {"email": "b@example.com"}}])

# ok: communication.sparkpost
sp = SparkPost(KEY)
# ruleid: communication.sparkpost
sp.transmissions.send(recipients=["b@example.com"], html="<p>x</p>", from_email="a@example.com", subject="s")
# ok: communication.sparkpost
sp.transmissions.list()

# host override: EU account
# ok: communication.sparkpost
eu = SparkPost(KEY, base_uri="https://api.eu.sparkpost.com/api/v1")
# ruleid: communication.sparkpost
eu.transmissions.send(recipients=["b@example.com"], text="x", from_email="a@example.com")


class Mailer:
    def __init__(self):
        # ok: communication.sparkpost
        self.sp = SparkPost(KEY)

    def send(self, to):
        # ruleid: communication.sparkpost
        return self.sp.transmissions.send(recipients=[to], template="welcome")


try:
    pass
# ok: communication.sparkpost
except SparkPostAPIException:
    pass


# ok: communication.sparkpost
def typed(c: SparkPost) -> None:
    return None


# ok: communication.sparkpost
unused = SparkPost(KEY)
opts = {"transmissions": 1}
# ok: communication.sparkpost
opts.get("transmissions")


class Transmissions:
    def send(self, **kw):
        return kw


# ok: communication.sparkpost
Transmissions().send(recipients=[])
# ok: communication.sparkpost
comment = "sp.transmissions.send(recipients=...)"
print(comment)
