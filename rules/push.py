"""Fixture for the push family (never executed)."""
import firebase_admin.messaging
import httpx
import pusher
import requests
from aioapns import APNs, NotificationRequest
from apns2.client import APNsClient
from apns2.payload import Payload
from exponent_server_sdk import PushClient, PushMessage
from firebase_admin import messaging
from firebase_admin import messaging as fcm
from firebase_admin.exceptions import FirebaseError
from onesignal_sdk.client import Client as OneSignalClient
from pushbullet import Pushbullet
from pushover_complete import PushoverAPI
from pyfcm import FCMNotification

msg = messaging.Message(token="device-token", notification=messaging.Notification(title="t", body="b"))

# --- FCM
# ruleid: communication.fcm host=fcm.googleapis.com creds=GOOGLE_APPLICATION_CREDENTIALS
firebase_admin.messaging.send(msg)
# ruleid: communication.fcm
fcm.send_each_for_multicast(messaging.MulticastMessage(tokens=["a", "b"]))
# ruleid: communication.fcm
messaging.subscribe_to_topic(["a"], "news")
# ok: communication.fcm
push_service = FCMNotification(service_account_file="sa.json", project_id="p")
# ruleid: communication.fcm
push_service.notify(fcm_token="device-token", notification_title="t", notification_body="b")
try:
    pass
# ok: communication.fcm
except FirebaseError:
    pass
# ok: communication.fcm
messaging.Notification(title="local object only")

# --- APNs
# ok: communication.apns
apns = APNsClient("key.pem", use_sandbox=True)
# ruleid: communication.apns
apns.send_notification("token-hex", Payload(alert="hello"), topic="com.example.app")


async def apns_async():
    # ok: communication.apns
    client = APNs(key="key.p8", key_id="K", team_id="T", topic="com.example.app")
    # ruleid: communication.apns
    await client.send_notification(NotificationRequest(device_token="t", message={"aps": {"alert": "x"}}))


# --- OneSignal
# ok: communication.onesignal
onesignal = OneSignalClient(app_id="app", rest_api_key="key")
# ruleid: communication.onesignal
onesignal.send_notification({"contents": {"en": "hi"}, "included_segments": ["Subscribed Users"]})

# --- Pusher
# ok: communication.pusher
channels = pusher.Pusher(app_id="1", key="k", secret="s", cluster="eu")
# ruleid: communication.pusher
channels.trigger("orders", "updated", {"id": 1})
# ok: communication.pusher
channels.authenticate(channel="private-x", socket_id="1.2")
# ruleid: communication.pusher host=pusher-proxy.internal creds=-
pusher.Pusher(app_id="1", key="k", secret="s", host="pusher-proxy.internal").trigger_batch([])

# --- Pushover
# ruleid: communication.pushover
PushoverAPI("app-token").send_message("user-key", "Your toast is ready")
# ruleid: communication.pushover
requests.post("https://api.pushover.net/1/messages.json", data={"token": "t", "user": "u", "message": "m"})

# --- ntfy
# ruleid: communication.ntfy
requests.post("https://ntfy.sh/my-alerts", data=b"backup failed")
# ruleid: communication.ntfy
httpx.put("https://ntfy.sh/other-topic", content=b"x")
# ok: communication.ntfy
requests.post("https://ntfy.example.com/alerts", data=b"self-hosted")

# --- Expo
# ruleid: communication.expo-push
PushClient().publish(PushMessage(to="ExponentPushToken[x]", body="hi"))

# --- Pushbullet
# ok: communication.pushbullet
pb = Pushbullet("api-key")
# ruleid: communication.pushbullet
pb.push_note("Daily report", "all good")


class Notifier:
    def __init__(self):
        # ok: communication.fcm
        self.fcm = FCMNotification(service_account_file="sa.json", project_id="p")
        # ok: communication.expo-push
        self.expo = PushClient()

    def notify(self, token, text):
        # ruleid: communication.fcm
        self.fcm.notify(fcm_token=token, notification_body=text)
        # ruleid: communication.expo-push
        self.expo.publish(PushMessage(to=token, body=text))


# ok: communication.apns
def typed(c: APNsClient, p: PushClient) -> None:
    return None


payload = {"send": 1}
# ok: communication.fcm
payload.get("send")


class Messaging:
    @staticmethod
    def send(m):
        return m


# ok: communication.fcm
Messaging.send(msg)
# ok: communication.pusher
doc = "pusher_client.trigger('channel', 'event', data) and messaging.send(message)"
print(doc)
