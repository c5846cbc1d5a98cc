"""Fixture for communication.teams.webhook and communication.microsoft-graph (never executed)."""
import os

import pymsteams
import pymsteams as teams
import requests
from msgraph import GraphServiceClient
from O365 import Account
from pymsteams import connectorcard

URL = os.environ["TEAMS_WEBHOOK_URL"]

# ok: communication.teams.webhook
card = pymsteams.connectorcard(URL)
# ok: communication.teams.webhook
card.text("build failed")
# ruleid: communication.teams.webhook
card.send()

# ruleid: communication.teams.webhook
teams.connectorcard(URL).send()

# ok: communication.teams.webhook
proxied = connectorcard(URL, http_proxy="http://proxy:3128", https_proxy="http://proxy:3128")
# ruleid: communication.teams.webhook
proxied.send()

# generic client, attributed by host
# ruleid: communication.teams.webhook host=contoso.webhook.office.com creds=-
requests.post("https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def/ghi", json={"text": "x"})


class Alerts:
    def __init__(self):
        # ok: communication.teams.webhook
        self.card = connectorcard(URL)

    def alert(self, text):
        self.card.text(text)
        # ruleid: communication.teams.webhook
        return self.card.send()


async def graph_mail(credential, body, chat_body):
    # ok: communication.microsoft-graph
    graph = GraphServiceClient(credential, ["https://graph.microsoft.com/.default"])
    # ruleid: communication.microsoft-graph host=graph.microsoft.com creds=-
    await graph.users.by_user_id("sender@contoso.com").send_mail.post(body)
    # ruleid: communication.microsoft-graph
    await graph.chats.by_chat_id("19:abc").messages.post(chat_body)
    # ok: communication.microsoft-graph
    await graph.me.get()


# ok: communication.microsoft-graph
account = Account(("client-id", "secret"))
# ok: communication.microsoft-graph
m = account.new_message()
m.to.add("b@example.com")
# ruleid: communication.microsoft-graph
m.send()


# ok: communication.teams.webhook
def typed(c: connectorcard) -> None:
    return None


# ok: communication.teams.webhook
unused = connectorcard(URL)
cfg = {"send": True}
# ok: communication.teams.webhook
cfg.get("send")


class Card:
    def send(self):
        return None


# ok: communication.teams.webhook
Card().send()
# ok: communication.teams.webhook
hint = "pymsteams.connectorcard(url).send()"
print(hint)
