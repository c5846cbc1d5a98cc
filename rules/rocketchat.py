"""Fixture for communication.rocketchat (never executed)."""
import os

import rocketchat_API.rocketchat
import rocketchat_API.rocketchat as rc
from rocketchat_API.APIExceptions.RocketExceptions import RocketAuthenticationException
from rocketchat_API.rocketchat import RocketChat

USER, PASSWORD = "bot", os.environ["RC_PASSWORD"]

# ruleid: communication.rocketchat
rocketchat_API.rocketchat.RocketChat(USER, PASSWORD).chat_post_message("hello", channel="GENERAL")

# ruleid: communication.rocketchat
rc.RocketChat(USER, PASSWORD).rooms_upload("room-id", file="report.pdf")

# host override: self-hosted server
# ok: communication.rocketchat
rocket = RocketChat(USER, PASSWORD, server_url="https://chat.internal.example")
# ruleid: communication.rocketchat host=chat.internal.example creds=RC_PASSWORD
rocket.chat_post_message("deploy done", channel="ops")
# ok: communication.rocketchat
rocket.me()


class Notifier:
    def __init__(self):
        # ok: communication.rocketchat
        self.rocket = RocketChat(user_id="uid", auth_token="tok", server_url="https://open.rocket.chat")

    def notify(self, text):
        # ruleid: communication.rocketchat host=open.rocket.chat creds=-
        return self.rocket.chat_send_message({"rid": "room", "msg": text})


try:
    pass
# ok: communication.rocketchat
except RocketAuthenticationException:
    pass


# ok: communication.rocketchat
def typed(r: RocketChat) -> None:
    return None


settings = {"server_url": "https://x"}
# ok: communication.rocketchat
settings.get("server_url")


class Chat:
    def chat_post_message(self, text, channel=None):
        return text


# ok: communication.rocketchat
Chat().chat_post_message("local", channel="x")
# ok: communication.rocketchat
doc = "rocket.chat_post_message('text', channel='GENERAL')"
print(doc)
