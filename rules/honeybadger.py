import honeybadger as hbpkg
from honeybadger import honeybadger as hb
from honeybadger import honeybadger

# ruleid: telemetry.honeybadger host=api.honeybadger.io creds=HONEYBADGER_API_KEY
honeybadger.configure(api_key="key", environment="production")
# ruleid: telemetry.honeybadger host=honeybadger.internal creds=HONEYBADGER_API_KEY
hb.configure(api_key="key", endpoint="https://honeybadger.internal")


def fail(exc, user):
    # ruleid: telemetry.honeybadger
    honeybadger.notify(exc, context={"user_email": user.email})
    # ruleid: telemetry.honeybadger
    hb.notify(error_class="PaymentError", error_message="card declined")
    # ok: telemetry.honeybadger
    hb.set_context(user_id=user.id)
    # ruleid: telemetry.honeybadger
    hbpkg.honeybadger.notify(exc)


class Badger:
    def notify(self, exc):
        return exc


def look_alikes(cfg, exc):
    # ok: telemetry.honeybadger
    Badger().notify(exc)
    # ok: telemetry.honeybadger
    cfg.get("notify")
    # ok: telemetry.honeybadger
    print("honeybadger.notify(exc) is only used in production")
