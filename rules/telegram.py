"""Fixture for communication.telegram (never executed)."""
import os

import requests
import telebot
import telegram
import telegram as tg
from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import ApplicationBuilder
from telethon import TelegramClient

TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
CHAT = 12345


async def ptb():
    # ruleid: communication.telegram host=api.telegram.org creds=TELEGRAM_BOT_TOKEN
    await telegram.Bot(TOKEN).send_message(chat_id=CHAT, text="hello")
    # ruleid: communication.telegram
    await tg.Bot(TOKEN).send_document(chat_id=CHAT, document=open("r.pdf", "rb"))
    # ok: communication.telegram
    bot = Bot(token=TOKEN)
    # ruleid: communication.telegram
    await bot.send_photo(chat_id=CHAT, photo="https://example.com/p.png")
    # ok: communication.telegram
    await bot.get_me()
    async with Bot(TOKEN, base_url="https://tg-proxy.internal/bot") as proxied:
        # ruleid: communication.telegram
        await proxied.send_message(chat_id=CHAT, text="via proxy")


application = ApplicationBuilder().token(TOKEN).build()


async def from_app():
    # ruleid: communication.telegram
    await application.bot.send_message(chat_id=CHAT, text="from application")


# ruleid: communication.telegram
application.run_polling()

# ok: communication.telegram
tb = telebot.TeleBot(TOKEN)
# ruleid: communication.telegram
tb.send_message(CHAT, "from telebot")
# ruleid: communication.telegram
tb.infinity_polling()

# ok: communication.telegram
tclient = TelegramClient("session", 1, "hash")
# ruleid: communication.telegram
tclient.send_file("me", "notes.txt")

# generic client, attributed by host
# ruleid: communication.telegram host=api.telegram.org creds=TELEGRAM_BOT_TOKEN
requests.get(f"https://api.telegram.org/bot{TOKEN}/sendMessage", params={"chat_id": CHAT, "text": "x"})


class Alerts:
    def __init__(self):
        # ok: communication.telegram
        self.bot = telebot.TeleBot(TOKEN)

    def alert(self, text):
        # ruleid: communication.telegram
        return self.bot.send_message(CHAT, text)


try:
    pass
# ok: communication.telegram
except TelegramError:
    pass


# ok: communication.telegram
def typed(b: Bot) -> None:
    return None


update = {"message": {"text": "hi"}}
# ok: communication.telegram
update.get("message")


class Messenger:
    def send_message(self, chat, text):
        return chat, text


# ok: communication.telegram
Messenger().send_message(CHAT, "local")
# ok: communication.telegram
doc = "bot.send_message(chat_id, text) posts to Telegram"
print(doc)
