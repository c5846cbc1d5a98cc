"""Runtime settings, read once from the environment."""

import os

RECEIPTS_BUCKET = os.environ.get("RECEIPTS_BUCKET", "acme-shop-receipts")
MAIL_FROM = "orders@acme-shop.example"
SMTP_USER = os.environ.get("SMTP_USER", "orders")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
TWILIO_FROM = os.environ.get("TWILIO_FROM_NUMBER", "+15550100")
POSTHOG_API_KEY = os.environ.get("POSTHOG_API_KEY", "")
CURRENCY = "EUR"
