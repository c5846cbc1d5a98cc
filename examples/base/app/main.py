"""Entry point: process one order end to end."""

import json
import logging
import sys

from . import analytics, billing, notify, storage

log = logging.getLogger("acme.orders")


def render_receipt(order, charge_id):
    lines = [f"Order {order['id']}", f"Charge {charge_id}", f"{order['qty']} x {order['sku']}"]
    return "\n".join(lines).encode()


def process_order(order):
    billing.reserve_stock(order)
    charge_id = billing.charge(order)
    try:
        key = storage.save_receipt(order, render_receipt(order, charge_id))
    except Exception:
        billing.refund(charge_id)
        raise
    notify.send_receipt_email(order, key)
    notify.send_delivery_sms(order)
    notify.track_purchase(order)
    analytics.purchase(order)
    log.info("order %s done", order["id"])
    return {"order": order["id"], "charge": charge_id, "receipt": key}


def main(argv=None):
    logging.basicConfig(level=logging.INFO)
    path = (argv or sys.argv[1:] or ["order.json"])[0]
    with open(path, encoding="utf-8") as fh:
        order = json.load(fh)
    print(json.dumps(process_order(order)))


if __name__ == "__main__":
    main()
