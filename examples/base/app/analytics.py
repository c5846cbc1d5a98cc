"""Product analytics: purchase events for the growth team's funnels."""

from posthog import Posthog

from . import settings

posthog = Posthog(settings.POSTHOG_API_KEY, host="https://us.i.posthog.com")


def purchase(order):
    posthog.capture(
        distinct_id=order["customer_id"],
        event="purchase",
        properties={"sku": order["sku"], "qty": order["qty"], "currency": settings.CURRENCY},
    )
