"""Receipts are rendered to PDF elsewhere; this module keeps them in S3."""

import io

import boto3

from . import settings

s3 = boto3.client("s3")


def receipt_key(order):
    return f"receipts/{order['customer_id']}/{order['id']}.pdf"


def save_receipt(order, pdf_bytes):
    key = receipt_key(order)
    s3.upload_fileobj(io.BytesIO(pdf_bytes), settings.RECEIPTS_BUCKET, key)
    return key

