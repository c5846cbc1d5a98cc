"""Fixture for hosted-log-handlers: Loggly, Logz.io, Better Stack and Mezmo handlers."""
import logging

import logdna
import logtail as lt
import loggly.handlers
import logzio.handler
from logdna import LogDNAHandler
from loggly.handlers import HTTPSHandler
from logtail import LogtailHandler
from logzio.handler import LogzioHandler

root = logging.getLogger()

# ruleid: logging.loggly host=logs-01.loggly.com creds=-
loggly_h = HTTPSHandler("https://logs-01.loggly.com/inputs/TOKEN/tag/python")
# ruleid: logging.loggly
root.addHandler(loggly.handlers.HTTPSHandler(url="https://logs-01.loggly.com/inputs/TOKEN/tag/app"))

# ruleid: logging.logzio host=listener.logz.io creds=-
logzio_h = LogzioHandler("TOKEN", logzio_type="python")
# ruleid: logging.logzio
eu = logzio.handler.LogzioHandler("TOKEN", url="https://listener-eu.logz.io:8071")

# ruleid: logging.betterstack
bs = LogtailHandler(source_token="TOKEN")
# ruleid: logging.betterstack
bs_custom = lt.LogtailHandler(source_token="TOKEN", host="https://in.logs.betterstack.com")

# ruleid: logging.mezmo
mezmo = LogDNAHandler("KEY", {"hostname": "api-1", "app": "api"})
# ruleid: logging.mezmo
mezmo2 = logdna.LogDNAHandler("KEY", {"url": "https://logs.mezmo.com/logs/ingest"})


class App:
    def __init__(self, token):
        # ruleid: logging.betterstack
        self.remote = LogtailHandler(source_token=token)

    def configure(self):
        root.addHandler(self.remote)


LOGGING = {
    "version": 1,
    "handlers": {
        # ruleid: logging.loggly
        "loggly": {"class": "loggly.handlers.HTTPSHandler", "url": "https://logs-01.loggly.com/inputs/T"},
        # ruleid: logging.logzio
        "logzio": {"class": "logzio.handler.LogzioHandler", "token": "T"},
        # ruleid: logging.betterstack
        "logtail": {"class": "logtail.LogtailHandler", "source_token": "T"},
    },
}

# Look-alikes below must not be reported.
# ok: logging.betterstack
fmt = lt.LogtailFormatter()
env = {"LOGZIO_TOKEN": "x"}
# ok: logging.logzio
token = env.get("LOGZIO_TOKEN")
# ok: logging.mezmo
mezmo_doc = "LogDNAHandler(key, options) ships records to Mezmo"
# ok: logging.loggly
doc = "HTTPSHandler('https://logs-01.loggly.com/inputs/x')"


class LogzioFake:
    def LogzioHandler(self, token):
        return token


# ok: logging.logzio
LogzioFake().LogzioHandler("x")


def attach(h: LogDNAHandler) -> None:
    # LogDNAHandler("key", {}) in a comment
    root.addHandler(h)
