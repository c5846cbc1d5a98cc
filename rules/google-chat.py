"""Fixture for communication.google-chat (never executed)."""
import httpx
import requests
import google.apps.chat_v1
import google.apps.chat_v1 as chat
from google.apps import chat_v1
from google.apps.chat_v1 import ChatServiceClient
from google.api_core.exceptions import GoogleAPICallError

WEBHOOK = "https://chat.googleapis.com/v1/spaces/AAAA/messages?key=k&token=t"
request = {"parent": "spaces/AAAA", "message": {"text": "hello"}}

# ruleid: communication.google-chat host=chat.googleapis.com creds=-
google.apps.chat_v1.ChatServiceClient().create_message(request=request)

# ruleid: communication.google-chat
chat.ChatServiceClient().create_message(request=request)

# ruleid: communication.google-chat
chat_v1.ChatServiceAsyncClient().create_message(request=request)

# ok: communication.google-chat
client = ChatServiceClient()
# ruleid: communication.google-chat
client.create_message(request=request)
# ok: communication.google-chat
client.list_messages(parent="spaces/AAAA")

# webhook via generic clients, attributed by host
# ruleid: communication.google-chat host=chat.googleapis.com creds=-
requests.post("https://chat.googleapis.com/v1/spaces/AAAA/messages?key=k&token=t", json={"text": "build failed"})
# ruleid: communication.google-chat
httpx.post("https://chat.googleapis.com/v1/spaces/BBBB/messages?key=k&token=t", json={"text": "x"})
# ok: communication.google-chat
requests.post("https://chat.example.com/v1/spaces/x/messages", json={"text": "x"})


class Notifier:
    def __init__(self):
        # ok: communication.google-chat
        self.client = ChatServiceClient()

    def notify(self, text):
        # ruleid: communication.google-chat
        return self.client.create_message(request={"parent": "spaces/AAAA", "message": {"text": text}})


try:
    pass
# ok: communication.google-chat
except GoogleAPICallError:
    pass


# ok: communication.google-chat
def typed(c: ChatServiceClient) -> None:
    return None


# ok: communication.google-chat
request.get("parent")


class ChatClient:
    def create_message(self, request):
        return request


# ok: communication.google-chat
ChatClient().create_message(request)
# ok: communication.google-chat
doc = "ChatServiceClient().create_message(request)"
print(doc)
