"""Charging orders through the payment provider's REST API."""

import os
from decimal import Decimal

import requests

PAYMENTS_API = "https://api.payments.acme-pay.example/v2"
INVENTORY_API = "https://inventory.acme-shop.internal/api"


class PaymentError(Exception):
    pass


def _headers():
    return {"Authorization": f"Bearer {os.environ['PAYMENTS_API_KEY']}"}


def reserve_stock(order):
    resp = requests.post(INVENTORY_API + "/reservations", json={"sku": order["sku"], "qty": order["qty"]}, timeout=5)
    resp.raise_for_status()
    return resp.json()["reservation_id"]


def charge(order, currency="EUR"):
    amount = Decimal(order["unit_price"]) * order["qty"]
    payload = {
        "amount": str(amount),
        "currency": currency,
        "card_token": order["card_token"],
        "description": f"Order {order['id']}",
    }
    resp = requests.post(PAYMENTS_API + "/charges", json=payload, headers=_headers(), timeout=10)
    if resp.status_code != 201:
        raise PaymentError(resp.text)
    return resp.json()["charge_id"]


def refund(charge_id):
    resp = requests.post(PAYMENTS_API + f"/charges/{charge_id}/refund", headers=_headers(), timeout=10)
    resp.raise_for_status()
