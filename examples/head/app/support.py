"""Support triage: summarise a customer complaint and post it to the support channel."""

import os

import requests
from openai import OpenAI

client = OpenAI()

SLACK_WEBHOOK = "https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX"
PROMPT = "Summarise this customer complaint in two sentences and suggest a priority (P1-P3)."


def summarise(ticket):
    reply = client.chat.completions.create(
        model=os.environ.get("SUPPORT_MODEL", "gpt-4o-mini"),
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": ticket["body"]},
        ],
    )
    return reply.choices[0].message.content


def escalate(ticket):
    summary = summarise(ticket)
    text = f"*Ticket {ticket['id']}* from {ticket['email']}\n{summary}"
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)
