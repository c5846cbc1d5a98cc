import posthog

from .core import constants


def init():
    # ruleid: logging.posthog host=posthog.example-analytics.io
    posthog.host = constants.ANALYTICS_HOST
    posthog.project_api_key = "phc_test"


def track(user, event):
    # ruleid: logging.posthog host=posthog.example-analytics.io
    posthog.capture(user, event)
