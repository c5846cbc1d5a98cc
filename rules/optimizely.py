"""Fixture for optimizely (optimizely-sdk)."""
import optimizely.optimizely
from optimizely import optimizely as opt
from optimizely.optimizely import Optimizely
from optimizely.optimizely_factory import OptimizelyFactory

# ok: logging.optimizely
client = opt.Optimizely(sdk_key="SDK_KEY")
# ruleid: logging.optimizely host=logx.optimizely.com creds=-
variation = client.activate("checkout_test", "u1", {"plan": "pro"})
# ruleid: logging.optimizely
client.track("purchase", "u1", {"plan": "pro"}, {"revenue": 999})
user = client.create_user_context("u1", {"country": "DE"})
# ruleid: logging.optimizely
decision = user.decide("new_ui")
# ruleid: logging.optimizely
user.track_event("signup")

# ok: logging.optimizely
factory_client = OptimizelyFactory.default_instance("SDK_KEY")
# ruleid: logging.optimizely
factory_client.is_feature_enabled("beta", "u2")
# ruleid: logging.optimizely
Optimizely(datafile="{}").create_user_context("u3").decide_all()
# ruleid: logging.optimizely
optimizely.optimizely.Optimizely(sdk_key="SDK_KEY").track("purchase", "u4")


class Experiments:
    def __init__(self):
        # ok: logging.optimizely
        self.client = Optimizely(sdk_key="SDK_KEY")

    def convert(self, user_id):
        # ruleid: logging.optimizely
        self.client.track("converted", user_id)


# Look-alikes below must not be reported.
# ok: logging.optimizely
valid = client.is_valid
# ok: logging.optimizely
config = client.get_optimizely_config()
attrs = {"plan": "pro"}
# ok: logging.optimizely
plan = attrs.get("plan")
# ok: logging.optimizely
text = "client.activate('exp', 'u1')"


class Funnel:
    def track(self, event, user):
        return event


# ok: logging.optimizely
Funnel().track("purchase", "u1")


def run(c: Optimizely) -> None:
    # c.track("x", "u1") in a comment
    return None
