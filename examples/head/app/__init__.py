"""Acme Shop order service: takes an order, charges it, stores the receipt and tells the customer."""

__version__ = "1.4.0"
