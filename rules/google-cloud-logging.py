"""Fixture for google-cloud-logging."""
import logging

import google.cloud.logging
import google.cloud.logging as gcl
from google.cloud import logging_v2
from google.cloud.logging.handlers import CloudLoggingHandler

# ok: logging.google-cloud-logging
client = google.cloud.logging.Client()
# ruleid: logging.google-cloud-logging host=logging.googleapis.com creds=GOOGLE_APPLICATION_CREDENTIALS
client.setup_logging(log_level=logging.INFO)
# ruleid: logging.google-cloud-logging
client.logger("audit").log_struct({"user": "u1", "action": "export"}, severity="NOTICE")
audit = client.logger("audit")
# ruleid: logging.google-cloud-logging
audit.log_text("exported report")
# ruleid: logging.google-cloud-logging
gcl.Client(project="my-project").logger("x").log("hello")
# ruleid: logging.google-cloud-logging
logging_v2.Client().setup_logging()

# ruleid: logging.google-cloud-logging
handler = CloudLoggingHandler(client, name="app")
logging.getLogger().addHandler(handler)


class Audit:
    def __init__(self):
        # ok: logging.google-cloud-logging
        self.client = gcl.Client()

    def write(self, entry):
        # ruleid: logging.google-cloud-logging
        self.client.logger("audit").log_struct(entry)


# Look-alikes below must not be reported.
# ok: logging.google-cloud-logging
std = logging.getLogger("app")
# ok: logging.google-cloud-logging
std.log(logging.INFO, "local only")
# ok: logging.google-cloud-logging
local_logger = client.logger("audit")
opts = {"log_struct": True}
# ok: logging.google-cloud-logging
use = opts.get("log_struct")
# ok: logging.google-cloud-logging
text = "client.setup_logging() is documented here"


class Logger:
    def log_struct(self, data):
        return data


# ok: logging.google-cloud-logging
Logger().log_struct({"a": 1})


def write(c: google.cloud.logging.Client) -> None:
    # c.setup_logging() in a comment
    return None
