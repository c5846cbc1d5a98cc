"""Customer notifications: receipt e-mails and delivery text messages."""

import smtplib
from email.message import EmailMessage

from mixpanel import Mixpanel
from twilio.rest import Client

from . import settings

mp = Mixpanel(settings.MIXPANEL_TOKEN)
sms = Client()


def send_receipt_email(order, receipt_key):
    msg = EmailMessage()
    msg["From"] = settings.MAIL_FROM
    msg["To"] = order["email"]
    msg["Subject"] = f"Your Acme Shop order {order['id']}"
    msg.set_content(f"Thanks for your order! Your receipt: {receipt_key}")
    with smtplib.SMTP("smtp.acme-shop.example", 587) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)


def send_delivery_sms(order):
    if not order.get("phone"):
        return
    sms.messages.create(to=order["phone"], from_=settings.TWILIO_FROM, body=f"Order {order['id']} is on its way.")


def track_purchase(order):
    mp.track(order["customer_id"], "purchase", {"sku": order["sku"], "qty": order["qty"]})
