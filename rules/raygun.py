import logging
import raygun4py.raygunprovider
import raygun4py.raygunprovider as rgp
from raygun4py import raygunprovider
from raygun4py.raygunprovider import RaygunSender, RaygunHandler

sender = raygunprovider.RaygunSender("api_key")


def fail(user):
    try:
        pass
    except Exception:
        # ruleid: telemetry.raygun host=api.raygun.com creds=-
        sender.send_exception(userCustomData={"email": user.email})
    # ok: telemetry.raygun
    sender.set_user({"identifier": user.id})


class Crashes:
    def __init__(self):
        # ok: telemetry.raygun
        self.sender = RaygunSender("api_key")

    def report(self, info):
        # ruleid: telemetry.raygun
        self.sender.send_exception(exc_info=info)


# ok: telemetry.raygun
idle = rgp.RaygunSender("api_key")
# ruleid: telemetry.raygun
raygun4py.raygunprovider.RaygunSender("api_key").send_exception()

# ruleid: telemetry.raygun
logging.getLogger("app").addHandler(RaygunHandler("api_key"))


def look_alikes(cfg):
    class RaygunSender:
        def send_exception(self):
            return None

    # ok: telemetry.raygun
    RaygunSender().send_exception()
    # ok: telemetry.raygun
    cfg.get("send_exception")
    # ok: telemetry.raygun
    print("raygunprovider.RaygunSender(key).send_exception()")
