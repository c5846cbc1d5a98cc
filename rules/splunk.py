"""Fixture for splunk: splunklib sessions and HEC logging handlers."""
import logging

import splunklib.client
import splunklib.client as client
from splunk_handler import SplunkHandler
from splunk_hec_handler import SplunkHecHandler
from splunklib.client import Service, connect
import splunk_handler as sh

# ruleid: logging.splunk host=acme.splunkcloud.com creds=-
service = client.connect(host="acme.splunkcloud.com", port=8089, token="t")
# ruleid: logging.splunk
rows = service.jobs.oneshot("search index=main error | head 10")
# ruleid: logging.splunk
job = service.jobs.create("search index=main", exec_mode="normal")
# ruleid: logging.splunk
direct = splunklib.client.connect(host="splunk.internal", username="admin", password="pw")
# ruleid: logging.splunk
svc2 = connect(host="splunk.internal", port=8089)

# ok: logging.splunk
svc3 = Service(host="splunk.internal", token="t")
# ruleid: logging.splunk
svc3.login()


class Reporter:
    def __init__(self):
        # ok: logging.splunk
        self.svc = Service(host="splunk.internal", token="t")

    def export(self, query):
        # ruleid: logging.splunk
        return self.svc.jobs.export(query)


# ruleid: logging.splunk.hec
hec = SplunkHandler(host="http-inputs-acme.splunkcloud.com", port="443", token="t", index="main")
# ruleid: logging.splunk.hec
hec2 = sh.SplunkHandler("splunk.internal", 8088, "t", "main", protocol="https")
# ruleid: logging.splunk.hec
hec3 = SplunkHecHandler("splunk.internal", "t", port=8088, proto="https")
logging.getLogger().addHandler(hec)

LOGGING = {
    "version": 1,
    "handlers": {
        # ruleid: logging.splunk.hec
        "splunk": {"class": "splunk_handler.SplunkHandler", "host": "splunk.internal"},
    },
}

# Look-alikes below must not be reported.
cfg = {"splunk": "x"}
# ok: logging.splunk
value = cfg.get("splunk")
# ok: logging.splunk.hec
doc = "splunk_handler.SplunkHandler is configured elsewhere"


class Jobs:
    def oneshot(self, query):
        return query


# ok: logging.splunk
local_rows = Jobs().oneshot("search x")
# ok: logging.splunk
first = rows.read()


def check(s: splunklib.client.Service) -> bool:
    # splunklib.client.connect() in a comment
    return s is not None
