"""Dispatch: hand the parcel to the carrier and tell the customer it is on its way."""

from twilio.rest import Client

from . import settings

sms = Client()


def label_for(order):
    return {"order": order["id"], "to": order["address"], "weight_g": order.get("weight_g", 500)}


def notify_dispatched(order):
    if not order.get("phone"):
        return
    sms.messages.create(to=order["phone"], from_=settings.TWILIO_FROM, body=f"Order {order['id']} is on its way.")
