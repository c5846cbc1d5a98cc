"""Fixture for communication.opsgenie (never executed)."""
import os

import opsgenie_sdk
import opsgenie_sdk as og
import requests
from opsgenie_sdk import AlertApi, CreateAlertPayload
from opsgenie_sdk.rest import ApiException

conf = opsgenie_sdk.configuration.Configuration()
conf.api_key["Authorization"] = os.environ["OPSGENIE_API_KEY"]
api_client = opsgenie_sdk.api_client.ApiClient(configuration=conf)
payload = CreateAlertPayload(message="disk full", description="db-1 at 99%")

# ruleid: communication.opsgenie host=api.opsgenie.com creds=-
opsgenie_sdk.AlertApi(api_client=api_client).create_alert(create_alert_payload=payload)

# ruleid: communication.opsgenie
og.AlertApi(api_client=api_client).close_alert(identifier="alert-1")

# ok: communication.opsgenie
alert_api = AlertApi(api_client=api_client)
# ruleid: communication.opsgenie
alert_api.add_note(identifier="alert-1", add_note_to_alert_payload={"note": "x"})
# ok: communication.opsgenie
alert_api.get_alert(identifier="alert-1")

# host override: EU instance
conf.host = "https://api.eu.opsgenie.com"
# ruleid: communication.opsgenie
AlertApi(api_client=api_client).create_alert(create_alert_payload=payload)

# generic client, attributed by host
# ruleid: communication.opsgenie host=api.opsgenie.com creds=-
requests.post("https://api.opsgenie.com/v2/alerts", json={"message": "x"}, headers={"Authorization": "GenieKey k"})


class Oncall:
    def __init__(self):
        # ok: communication.opsgenie
        self.alerts = AlertApi(api_client=api_client)

    def raise_alert(self, message):
        # ruleid: communication.opsgenie
        return self.alerts.create_alert(create_alert_payload=CreateAlertPayload(message=message))


try:
    pass
# ok: communication.opsgenie
except ApiException:
    pass


# ok: communication.opsgenie
def typed(a: AlertApi) -> None:
    return None


# ok: communication.opsgenie
unused = AlertApi(api_client=api_client)
# ok: communication.opsgenie
conf.api_key.get("Authorization")


class Alerts:
    def create_alert(self, **kw):
        return kw


# ok: communication.opsgenie
Alerts().create_alert(message="local")
# ok: communication.opsgenie
doc = "AlertApi(api_client).create_alert(create_alert_payload=body)"
print(doc)
