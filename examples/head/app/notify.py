"""Customer notifications: receipt e-mails."""

import smtplib
from email.message import EmailMessage

from . import settings


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
