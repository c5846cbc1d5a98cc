"""Fixture for communication.mattermost (never executed)."""
import os

import mattermostdriver
import mattermostdriver as mmd
from mattermostdriver import Driver
from mattermostdriver.exceptions import InvalidOrMissingParameters

OPTIONS = {"url": "chat.example.com", "token": os.environ["MM_TOKEN"], "port": 443}

# ok: communication.mattermost
driver = mattermostdriver.Driver(OPTIONS)
# ruleid: communication.mattermost
driver.login()
# ruleid: communication.mattermost
driver.posts.create_post(options={"channel_id": "c1", "message": "deploy done"})
# ruleid: communication.mattermost
driver.webhooks.call_webhook("hook-id", options={"text": "x"})

# ruleid: communication.mattermost
mmd.Driver(OPTIONS).files.upload_file(channel_id="c1", files={"files": ("r.txt", b"x")})

# host override: self-hosted server
# ok: communication.mattermost
onprem = Driver({"url": "mattermost.internal", "scheme": "https", "port": 8065, "token": "t"})
# ruleid: communication.mattermost
onprem.posts.create_post(options={"channel_id": "c2", "message": "x"})
# ok: communication.mattermost
onprem.options.get("url")


class Bot:
    def __init__(self):
        # ok: communication.mattermost
        self.driver = Driver(OPTIONS)

    def say(self, channel, text):
        # ruleid: communication.mattermost
        return self.driver.posts.create_post(options={"channel_id": channel, "message": text})


try:
    pass
# ok: communication.mattermost
except InvalidOrMissingParameters:
    pass


# ok: communication.mattermost
def typed(d: Driver) -> None:
    return None


# ok: communication.mattermost
unused = Driver(OPTIONS)
# ok: communication.mattermost
OPTIONS.get("url")


class Posts:
    def create_post(self, options):
        return options


# ok: communication.mattermost
Posts().create_post(options={})
# ok: communication.mattermost
usage = "driver.posts.create_post(options={'channel_id': c, 'message': m})"
print(usage)
