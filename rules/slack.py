"""Fixture for communication.slack and communication.slack.webhook (never executed)."""
import os

import requests
import slack
import slack_sdk
import slack_sdk as sk
from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient
from slackclient import SlackClient

TOKEN = os.environ["SLACK_BOT_TOKEN"]

# ruleid: communication.slack host=slack.com
slack_sdk.WebClient(token=TOKEN).chat_postMessage(channel="#alerts", text="deploy done")

# ruleid: communication.slack
sk.WebClient(token=TOKEN).files_upload_v2(channel="C1", file="report.csv")

# ok: communication.slack
client = WebClient(token=TOKEN)
# ruleid: communication.slack
client.conversations_history(channel="C1")
# ruleid: communication.slack
client.api_call("chat.postMessage", json={"channel": "C1", "text": "x"})

# host override (GovSlack / proxy)
# ruleid: communication.slack host=slack-gov.com
WebClient(token=TOKEN, base_url="https://slack-gov.com/api/").chat_postMessage(channel="C1", text="x")

# ruleid: communication.slack
slack.WebClient(token=TOKEN).chat_postMessage(channel="#general", text="slackclient 2.x")

# ruleid: communication.slack
SlackClient(TOKEN).api_call("chat.postMessage", channel="#general", text="legacy")

app = App(token=TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])
# ruleid: communication.slack
app.client.chat_postMessage(channel="C1", text="from bolt")


class Reporter:
    def __init__(self):
        # ok: communication.slack
        self.client = WebClient(token=TOKEN)

    def report(self, text):
        # ruleid: communication.slack
        return self.client.chat_postMessage(channel="#ops", text=text)


try:
    pass
# ok: communication.slack
except SlackApiError:
    pass


# ok: communication.slack
def typed(c: WebClient) -> None:
    return None


# ok: communication.slack
unused = WebClient(token=TOKEN)
event = {"text": "hi"}
# ok: communication.slack
event.get("text")
# ok: communication.slack
sample = "client.chat_postMessage(channel='#x', text='y')"

# ok: communication.slack.webhook
webhook = WebhookClient(os.environ["SLACK_WEBHOOK_URL"])
# ruleid: communication.slack.webhook
webhook.send(text="build failed")
# ruleid: communication.slack.webhook
requests.post("https://hooks.slack.com/services/T000/B000/XXXX", json={"text": "hi"})
# ok: communication.slack.webhook
requests.post("https://hooks.example.com/services/x", json={"text": "hi"})


class Webhook:
    def send(self, text):
        return text


# ok: communication.slack.webhook
Webhook().send(text="local")
print(sample)
