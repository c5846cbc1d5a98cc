"""Fixture for logstash: python-logstash and python-logstash-async handlers."""
import logging

import logstash
import logstash as ls
import logstash_async.handler
from logstash.handler_tcp import TCPLogstashHandler
from logstash_async.handler import AsynchronousLogstashHandler
from logstash_async.handler import SynchronousLogstashHandler as SyncHandler

logger = logging.getLogger("app")

# ruleid: logging.logstash host=logstash.example.com creds=-
logger.addHandler(logstash.TCPLogstashHandler("logstash.example.com", 5959, version=1))
# ruleid: logging.logstash
udp = ls.UDPLogstashHandler(host="logstash.example.com", port=5959)
# ruleid: logging.logstash
legacy = ls.LogstashHandler("logstash.example.com", 5959)
# ruleid: logging.logstash
tcp = TCPLogstashHandler("10.0.0.5", 5000)
# ruleid: logging.logstash
async_handler = AsynchronousLogstashHandler("logstash.example.com", 5959, database_path=None)
# ruleid: logging.logstash
sync_handler = SyncHandler(host="logstash.example.com", port=5959, ssl_enable=True)
# ruleid: logging.logstash
plain = logstash_async.handler.AsynchronousLogstashHandler("logstash.example.com", 5959, None)


class Shipper:
    def __init__(self, host):
        # ruleid: logging.logstash
        self.handler = AsynchronousLogstashHandler(host, 5959, database_path="/tmp/ls.db")

    def attach(self):
        logger.addHandler(self.handler)


LOGGING = {
    "version": 1,
    "handlers": {
        "logstash": {
            # ruleid: logging.logstash
            "class": "logstash_async.handler.AsynchronousLogstashHandler",
            "host": "logstash.example.com",
            "port": 5959,
        },
    },
}

# Look-alikes below must not be reported.
# ok: logging.logstash
formatter = logstash.LogstashFormatterVersion1()
# ok: logging.logstash
local_socket = logstash.UnixLogstashHandler("/var/run/logstash.sock")
opts = {"host": "x"}
# ok: logging.logstash
host = opts.get("host")
# ok: logging.logstash
note = "logstash.TCPLogstashHandler('h', 1)"


class LogstashHandler:
    def __init__(self, host, port):
        self.host = host


# ok: logging.logstash
fake = LogstashHandler("h", 1)


def attach(h: logstash.TCPLogstashHandler) -> None:
    # logstash.TCPLogstashHandler("h", 1) in a comment
    logger.addHandler(h)
