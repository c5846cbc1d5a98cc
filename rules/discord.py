"""Fixture for communication.discord.webhook and communication.discord (never executed)."""
import os

import discord
import discord_webhook
import discord_webhook as dwh
import requests
from discord.ext import commands
from discord_webhook import AsyncDiscordWebhook, DiscordWebhook

URL = os.environ["DISCORD_WEBHOOK_URL"]

# ruleid: communication.discord.webhook
discord_webhook.DiscordWebhook(url=URL, content="deploy done").execute()

# ruleid: communication.discord.webhook
dwh.DiscordWebhook(URL, content="alias").execute()

# ok: communication.discord.webhook
webhook = DiscordWebhook(url=URL, content="hello")
# ok: communication.discord.webhook
webhook.add_file(file=b"data", filename="report.txt")
# ruleid: communication.discord.webhook
response = webhook.execute()


async def post_async():
    # ok: communication.discord.webhook
    hook = AsyncDiscordWebhook(url=URL, content="async")
    # ruleid: communication.discord.webhook
    await hook.execute()


# ruleid: communication.discord.webhook
discord.SyncWebhook.from_url(URL).send("from discord.py")

# generic client, attributed by host
# ruleid: communication.discord.webhook host=discord.com creds=-
requests.post("https://discord.com/api/webhooks/123/abc", json={"content": "x"})
# ruleid: communication.discord.webhook
requests.post("https://discordapp.com/api/webhooks/123/abc", data={"content": "x"})
# ok: communication.discord.webhook
requests.post("https://discord-proxy.example.com/hook", json={"content": "x"})


class Notifier:
    def __init__(self):
        # ok: communication.discord.webhook
        self.hook = DiscordWebhook(url=URL)

    def notify(self, text):
        self.hook.content = text
        # ruleid: communication.discord.webhook
        return self.hook.execute()


# ok: communication.discord
client = discord.Client(intents=discord.Intents.default())
# ruleid: communication.discord host=gateway.discord.gg creds=DISCORD_TOKEN
client.run(os.environ["DISCORD_TOKEN"])

# ok: communication.discord
bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
# ruleid: communication.discord
bot.run(os.environ["DISCORD_TOKEN"])

try:
    pass
# ok: communication.discord
except discord.HTTPException:
    pass


# ok: communication.discord.webhook
def typed(w: DiscordWebhook) -> None:
    return None


payload = {"content": "x"}
# ok: communication.discord.webhook
payload.get("content")


class Webhook:
    def execute(self):
        return None


# ok: communication.discord.webhook
Webhook().execute()
# ok: communication.discord.webhook
text = "DiscordWebhook(url=URL, content='x').execute()"
print(text)
