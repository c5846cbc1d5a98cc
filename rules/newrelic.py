import newrelic.agent
import newrelic.agent as nr
from newrelic import agent
from newrelic.agent import record_custom_event, notice_error

# ruleid: telemetry.newrelic host=collector.newrelic.com creds=NEW_RELIC_LICENSE_KEY
newrelic.agent.initialize("/etc/newrelic.ini", "production")
# ruleid: telemetry.newrelic
application = nr.register_application(timeout=10.0)


def on_purchase(user, total):
    # ruleid: telemetry.newrelic
    record_custom_event("Purchase", {"email": user.email, "total": total}, application)
    # ruleid: telemetry.newrelic
    agent.record_custom_metric("Custom/Revenue", total, application)
    # ruleid: telemetry.newrelic
    nr.record_log_event("purchase by %s" % user.email)
    # ok: telemetry.newrelic
    nr.current_transaction()


def on_error():
    try:
        pass
    except Exception:
        # ruleid: telemetry.newrelic
        notice_error()


def batch(name, value):
    # ruleid: telemetry.newrelic
    newrelic.agent.record_custom_metrics([(name, value)])


def look_alikes(settings):
    # ok: telemetry.newrelic
    settings.get("record_custom_event")
    # ok: telemetry.newrelic
    print("newrelic.agent.initialize() runs in the wsgi entry point")
    # newrelic.agent.record_custom_event("x", {}) is not called here


def shadowed():
    def record_custom_event(kind, data):
        return kind, data

    # ok: telemetry.newrelic
    record_custom_event("Local", {})


def typed(app: newrelic.agent.Application) -> None:
    pass
