"""Fixture for communication.clicksend (never executed)."""
import clicksend_client
import clicksend_client as cs
from clicksend_client import SmsMessage, SMSApi
from clicksend_client.rest import ApiException

configuration = clicksend_client.Configuration()
configuration.username = "user"
configuration.password = "key"
collection = clicksend_client.SmsMessageCollection(messages=[SmsMessage(to="+61411111111", body="hi")])

# ok: communication.clicksend
api = clicksend_client.SMSApi(clicksend_client.ApiClient(configuration))
# ruleid: communication.clicksend host=rest.clicksend.com creds=-
api.sms_send_post(collection)

# ruleid: communication.clicksend
cs.VoiceApi(cs.ApiClient(configuration)).voice_send_post({"messages": []})

# ruleid: communication.clicksend
SMSApi(clicksend_client.ApiClient(configuration)).sms_send_post(collection)

# ok: communication.clicksend
api.sms_history_get()

# host override
configuration.host = "https://clicksend-proxy.internal/v3"
# ruleid: communication.clicksend
clicksend_client.TransactionalEmailApi(clicksend_client.ApiClient(configuration)).email_send_post({"to": []})


class Sms:
    def __init__(self):
        # ok: communication.clicksend
        self.api = SMSApi(clicksend_client.ApiClient(configuration))

    def send(self):
        # ruleid: communication.clicksend
        return self.api.sms_send_post(collection)


try:
    pass
# ok: communication.clicksend
except ApiException:
    pass


# ok: communication.clicksend
def typed(c: SMSApi) -> None:
    return None


# ok: communication.clicksend
unused = SMSApi(clicksend_client.ApiClient(configuration))
payload = {"messages": []}
# ok: communication.clicksend
payload.get("messages")


class LocalSms:
    def sms_send_post(self, c):
        return c


# ok: communication.clicksend
LocalSms().sms_send_post(collection)
# ok: communication.clicksend
usage = "SMSApi(ApiClient(cfg)).sms_send_post(collection)"
print(usage)
