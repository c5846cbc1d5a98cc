"""Fixture for logging-handlers: stdlib handlers that ship records off the host."""
import logging
import logging.config
import logging.handlers
import logging.handlers as lh
from logging import handlers
from logging.handlers import SMTPHandler, SysLogHandler

import requests

# ruleid: logging.stdlib.http-handler host=logs.example.com creds=-
web = logging.handlers.HTTPHandler("logs.example.com", "/ingest", method="POST")
# ruleid: logging.stdlib.http-handler
web_tls = lh.HTTPHandler(host="logs.example.com:8443", url="/ingest", secure=True)
# ruleid: logging.stdlib.smtp-handler
mail = SMTPHandler(("smtp.example.com", 587), "app@example.com", ["ops@example.com"], "Error")
# ruleid: logging.stdlib.syslog-handler
remote_syslog = SysLogHandler(address=("syslog.example.com", 514))
# ruleid: logging.stdlib.syslog-handler
papertrail = logging.handlers.SysLogHandler(address=("logs5.papertrailapp.com", 12345))
# ruleid: logging.stdlib.socket-handler
tcp = handlers.SocketHandler("collector.example.com", 9020)
# ruleid: logging.stdlib.socket-handler
udp = lh.DatagramHandler("collector.example.com", 9021)
# ruleid: logging.papertrail
events = requests.get("https://papertrailapp.com/api/v1/events/search.json", headers={"X-Papertrail-Token": "t"})


class Shipper:
    def __init__(self, host):
        # ruleid: logging.stdlib.http-handler
        self.handler = logging.handlers.HTTPHandler(host, "/logs", method="POST", secure=True)

    def attach(self):
        logging.getLogger("app").addHandler(self.handler)


LOGGING = {
    "version": 1,
    "handlers": {
        "remote": {
            # ruleid: logging.stdlib.http-handler
            "class": "logging.handlers.HTTPHandler",
            "host": "logs.example.com",
            "url": "/ingest",
        },
        "mail": {
            # ruleid: logging.stdlib.smtp-handler
            "class": "logging.handlers.SMTPHandler",
            "mailhost": "smtp.example.com",
        },
        "console": {
            # ok: logging.stdlib.http-handler
            "class": "logging.StreamHandler",
        },
    },
}
logging.config.dictConfig(LOGGING)

# Look-alikes below must not be reported.
# ok: logging.stdlib.http-handler
local_file = logging.handlers.RotatingFileHandler("app.log", maxBytes=1_000_000)
# ok: logging.stdlib.socket-handler
stream = logging.StreamHandler()
# ok: logging.stdlib.smtp-handler
buffered = logging.handlers.MemoryHandler(100, target=stream)
# ok: logging.stdlib.syslog-handler
queue_handler = logging.handlers.QueueHandler(None)
# ok: logging.stdlib.http-handler
name = "logging.handlers.HTTPHandler"
# ok: logging.stdlib.http-handler
meta = {"klass": "logging.handlers.HTTPHandler"}
settings = {}
# ok: logging.stdlib.http-handler
chosen = settings.get("HTTPHandler")


class HTTPHandler:
    def __init__(self, host, url):
        self.host = host


# ok: logging.stdlib.http-handler
fake = HTTPHandler("logs.example.com", "/x")


def describe(h: logging.handlers.SocketHandler) -> str:
    # logging.handlers.SocketHandler("a", 1) in a comment is not a call
    return repr(h)
