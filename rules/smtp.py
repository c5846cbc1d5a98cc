"""Fixture for the smtp family (never executed)."""
import smtplib
import smtplib as sl
from email.message import EmailMessage as StdEmailMessage
from smtplib import SMTP_SSL, SMTPException

import aiosmtplib
import yagmail
from django.core import mail as dj_mail
from django.core.mail import EmailMessage, send_mail
from flask_mail import Mail, Message
from flask_mailman import EmailMessage as MailmanMessage

msg = StdEmailMessage()
msg["To"] = "b@example.com"

# ruleid: communication.smtp host=smtp.example.com creds=-
server = smtplib.SMTP("smtp.example.com", 587)
server.starttls()
# ruleid: communication.smtp
server.sendmail("a@example.com", ["b@example.com"], msg.as_string())

# ruleid: communication.smtp
with sl.SMTP_SSL("smtp.example.com", 465) as s:
    # ruleid: communication.smtp
    s.send_message(msg)

# ruleid: communication.smtp
ssl_conn = SMTP_SSL(host="mail.internal", port=465)


class Relay:
    def __init__(self, host):
        # ruleid: communication.smtp
        self.conn = smtplib.SMTP(host)

    def deliver(self):
        # ruleid: communication.smtp
        self.conn.send_message(msg)


try:
    pass
# ok: communication.smtp
except SMTPException:
    pass


# ok: communication.smtp
def typed(c: smtplib.SMTP) -> None:
    return None


headers = {"sendmail": "/usr/sbin/sendmail"}
# ok: communication.smtp
headers.get("sendmail")
# ok: communication.smtp
text = "smtplib.SMTP('smtp.example.com').sendmail(a, b, m)"


async def notify():
    # ruleid: communication.smtp.aiosmtplib
    await aiosmtplib.send(msg, hostname="smtp.example.com", port=587, start_tls=True)
    # ok: communication.smtp.aiosmtplib
    client = aiosmtplib.SMTP(hostname="smtp.example.com", port=465, use_tls=True)
    # ruleid: communication.smtp.aiosmtplib
    await client.connect()
    # ruleid: communication.smtp.aiosmtplib
    await client.send_message(msg)


# ruleid: communication.smtp.django
send_mail("subject", "body", "a@example.com", ["b@example.com"])
# ruleid: communication.smtp.django
dj_mail.mail_admins("Error", "traceback here")
# ok: communication.smtp.django
django_msg = EmailMessage("subject", "body", to=["b@example.com"])
# ruleid: communication.smtp.django
django_msg.send(fail_silently=False)


class SendMail:
    def send(self):
        return None


# ok: communication.smtp.django
SendMail().send()

# ok: communication.smtp.flask-mail
mail = Mail()
# ruleid: communication.smtp.flask-mail
mail.send(Message("Hello", recipients=["b@example.com"], body="x"))
with mail.connect() as conn:
    # ruleid: communication.smtp.flask-mail
    conn.send(Message("Bulk", recipients=["c@example.com"]))
# ruleid: communication.smtp.flask-mail
MailmanMessage("s", "b", to=["b@example.com"]).send()

# ok: communication.smtp.yagmail
yag = yagmail.SMTP("bot@gmail.com", "app-password")
# ruleid: communication.smtp.yagmail host=smtp.gmail.com creds=-
yag.send(to="b@example.com", subject="report", contents=["body"])
# ruleid: communication.smtp.yagmail
yagmail.SMTP("bot@corp.example", host="smtp.corp.example", port=587).send(to="b@example.com")
print(text)
