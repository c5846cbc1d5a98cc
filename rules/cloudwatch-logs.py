"""Fixture for cloudwatch-logs: watchtower handler."""
import logging

import boto3
import watchtower
import watchtower as wt
from watchtower import CloudWatchLogHandler

log = logging.getLogger("app")

# ruleid: logging.cloudwatch-logs.watchtower
cw = watchtower.CloudWatchLogHandler(log_group_name="app")
# ruleid: logging.cloudwatch-logs.watchtower
cw2 = wt.CloudWatchLogHandler(log_group_name="app", boto3_client=boto3.client("logs", region_name="eu-west-1"))
# ruleid: logging.cloudwatch-logs.watchtower
log.addHandler(CloudWatchLogHandler(log_group_name="app", log_stream_name="{machine_name}"))


class Worker:
    def __init__(self):
        # ruleid: logging.cloudwatch-logs.watchtower
        self.handler = CloudWatchLogHandler(log_group_name="worker", create_log_group=False)

    def run(self):
        log.addHandler(self.handler)


LOGGING = {
    "version": 1,
    "handlers": {
        "watchtower": {
            # ruleid: logging.cloudwatch-logs.watchtower
            "class": "watchtower.CloudWatchLogHandler",
            "log_group_name": "django",
        },
    },
}

# Look-alikes below must not be reported.
# ok: logging.cloudwatch-logs.watchtower
fmt = watchtower.CloudWatchLogFormatter()
cfg = {"handler": "watchtower"}
# ok: logging.cloudwatch-logs.watchtower
h = cfg.get("handler")
# ok: logging.cloudwatch-logs.watchtower
label = "watchtower.CloudWatchLogHandler()"
# ok: logging.cloudwatch-logs.watchtower
cw.flush()


class Fake:
    def CloudWatchLogHandler(self):
        return None


# ok: logging.cloudwatch-logs.watchtower
Fake().CloudWatchLogHandler()


def attach(handler: watchtower.CloudWatchLogHandler) -> None:
    # watchtower.CloudWatchLogHandler() in a comment
    log.addHandler(handler)
