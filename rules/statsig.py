"""Fixture for statsig (Python server SDK)."""
import statsig.statsig as statsig_mod
from statsig import StatsigEvent, StatsigOptions, StatsigUser, statsig
from statsig import statsig as sg

# ruleid: logging.statsig
# todoruleid: logging.statsig host=statsig-proxy.example.com
statsig.initialize("secret-key", StatsigOptions(api="https://statsig-proxy.example.com/v1"))
user = StatsigUser("u1", email="u1@example.com")
# ruleid: logging.statsig
statsig.log_event(StatsigEvent(user, "purchase", value=9.99, metadata={"sku": "x"}))
# ruleid: logging.statsig
sg.log_event(StatsigEvent(user, "login"))
# ruleid: logging.statsig
statsig_mod.log_event(StatsigEvent(user, "export"))
# ok: logging.statsig
on = statsig.check_gate(user, "new_ui")


class Experiments:
    def start(self):
        # ruleid: logging.statsig
        sg.initialize("secret-key")

    def convert(self, u):
        # ruleid: logging.statsig
        statsig.log_event(StatsigEvent(u, "converted"))


# Look-alikes below must not be reported.
# ok: logging.statsig
ready = statsig.is_initialized()
# ok: logging.statsig
event = StatsigEvent(user, "local-only")
attrs = {"email": "x"}
# ok: logging.statsig
email = attrs.get("email")
# ok: logging.statsig
text = "statsig.log_event(StatsigEvent(user, 'x'))"


class Logger:
    def log_event(self, e):
        return e


# ok: logging.statsig
Logger().log_event(event)


def audit(u: StatsigUser) -> None:
    # statsig.log_event(...) in a comment
    return None
