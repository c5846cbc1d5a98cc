"""Fixture for communication.apprise (never executed)."""
import os

import apprise
import apprise as ap
from apprise import Apprise, AppriseConfig, NotifyType

# ok: communication.apprise
apobj = apprise.Apprise()
# ok: communication.apprise
apobj.add("mailto://user:pass@example.com")
# ruleid: communication.apprise
apobj.notify(body="backup finished", title="Backup")

# ok: communication.apprise
alias_obj = ap.Apprise()
# ruleid: communication.apprise
alias_obj.notify(body="x", notify_type=NotifyType.FAILURE)

# ok: communication.apprise
from_cfg = Apprise()
config = AppriseConfig()
config.add(os.environ.get("APPRISE_CONFIG", "/etc/apprise.yml"))
from_cfg.add(config)
# ruleid: communication.apprise
from_cfg.notify(body="from config", attach="/tmp/report.pdf")

# destination set per call site (host override)
# ok: communication.apprise
custom = Apprise()
# ok: communication.apprise
custom.add("tgram://bottoken/ChatID")
# ruleid: communication.apprise
custom.notify(body="to telegram")


class Notifier:
    def __init__(self):
        # ok: communication.apprise
        self.apobj = Apprise()
        self.apobj.add(os.environ["NOTIFY_URLS"])

    async def notify(self, text):
        # ruleid: communication.apprise
        return await self.apobj.async_notify(body=text)


# ok: communication.apprise
def typed(a: Apprise) -> None:
    return None


try:
    pass
# ok: communication.apprise
except apprise.exception.AppriseException:
    pass

# ok: communication.apprise
unused = Apprise()
opts = {"notify": True}
# ok: communication.apprise
opts.get("notify")


class Notify:
    def notify(self, body):
        return body


# ok: communication.apprise
Notify().notify(body="local")
# ok: communication.apprise
doc = "apobj.notify(body='...', title='...')"
print(doc)
