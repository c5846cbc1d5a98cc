"""Fixture for fluentd: fluent-logger senders, events and handlers."""
import logging

import fluent.sender
import fluent.handler as fh
from fluent import asyncsender, event, sender
from fluent.handler import FluentHandler
from fluent.sender import FluentSender as Sender

# ok: logging.fluentd
app_sender = sender.FluentSender("app", host="fluentd.example.com", port=24224)
# ruleid: logging.fluentd
app_sender.emit("login", {"user": "u1"})
# ruleid: logging.fluentd
app_sender.emit_with_time("login", 1700000000, {"user": "u1"})
# ruleid: logging.fluentd
fluent.sender.FluentSender("app").emit("start", {"pid": 1})
# ok: logging.fluentd
a_sender = asyncsender.FluentSender("app", "fluentd.example.com", 24224)
# ruleid: logging.fluentd
a_sender.emit("tick", {"n": 1})

with Sender("batch", host="fluentd.example.com") as scoped:
    # ruleid: logging.fluentd
    scoped.emit("row", {"id": 7})

sender.setup("app", host="fluentd.example.com", port=24224)
# ruleid: logging.fluentd
event.Event("follow", {"from": "u1", "to": "u2"})


class Audit:
    def __init__(self):
        # ok: logging.fluentd
        self.sender = Sender("audit", host="fluentd.example.com")

    def record(self, data):
        # ruleid: logging.fluentd
        self.sender.emit("audit", data)


# ruleid: logging.fluentd host=fluentd.example.com creds=-
handler = FluentHandler("app.logs", host="fluentd.example.com", port=24224)
# ruleid: logging.fluentd
logging.getLogger().addHandler(fh.FluentHandler("app.logs", "fluentd.example.com", 24224))

LOGGING = {
    "version": 1,
    "handlers": {
        # ruleid: logging.fluentd
        "fluent": {"class": "fluent.handler.FluentHandler", "host": "fluentd.example.com"},
    },
}

# Look-alikes below must not be reported.
# ok: logging.fluentd
app_sender.close()
# ok: logging.fluentd
err = app_sender.last_error
opts = {"emit": True}
# ok: logging.fluentd
flag = opts.get("emit")
# ok: logging.fluentd
s = "sender.emit('x', {})"


class Bus:
    def emit(self, label, data):
        return label


# ok: logging.fluentd
Bus().emit("x", {})


def use(s: fluent.sender.FluentSender) -> None:
    # s.emit("x", {}) in a comment
    return None
