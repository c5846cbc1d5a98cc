"""Fixture for graylog: graypy GELF handlers."""
import logging

import graypy
import graypy as gp
from graypy import GELFTCPHandler
from graypy.handler import GELFHTTPHandler, GELFTLSHandler

log = logging.getLogger("app")

# ruleid: logging.graylog host=graylog.example.com creds=-
udp = graypy.GELFUDPHandler("graylog.example.com", 12201)
# ruleid: logging.graylog
tcp = GELFTCPHandler(host="graylog.example.com", port=12201)
# ruleid: logging.graylog
tls = GELFTLSHandler("graylog.example.com", 12201, validate=True, ca_certs="/etc/ca.pem")
# ruleid: logging.graylog
http = GELFHTTPHandler("graylog.example.com", port=12202, path="/gelf")
# ruleid: logging.graylog
log.addHandler(gp.GELFUDPHandler("graylog.example.net", 12201, debugging_fields=False))


class Service:
    def __init__(self, host):
        # ruleid: logging.graylog
        self.handler = graypy.GELFTCPHandler(host, 12201)

    def start(self):
        log.addHandler(self.handler)


LOGGING = {
    "version": 1,
    "handlers": {
        "graylog": {
            # ruleid: logging.graylog
            "class": "graypy.GELFUDPHandler",
            "host": "graylog.example.com",
            "port": 12201,
        },
    },
}

# Look-alikes below must not be reported.
settings = {"graylog": "graylog.example.com"}
# ok: logging.graylog
target = settings.get("graylog")
# ok: logging.graylog
label = "graypy.GELFUDPHandler('graylog', 12201)"


class GELFUDPHandler:
    def __init__(self, host, port):
        self.host = host


# ok: logging.graylog
fake = GELFUDPHandler("h", 1)


def attach(handler: graypy.GELFTCPHandler) -> None:
    # graypy.GELFTCPHandler("h", 1) in a comment
    log.addHandler(handler)


try:
    import graypy.rabbitmq
except ImportError:
    graypy_rabbit = None
