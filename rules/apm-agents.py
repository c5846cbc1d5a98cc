import oneagent
import oneagent as dt
from oneagent import initialize as dt_initialize
from appdynamics.agent import api as appd
import appdynamics.agent.api
import scout_apm.api
import scout_apm.api as scout
from scout_apm.api import install, Config
from scout_apm.flask import ScoutApm

# ruleid: telemetry.dynatrace
import autodynatrace
# ruleid: telemetry.instana
import instana

# ruleid: telemetry.appdynamics
appd.init(environ={"APPD_CONFIG_FILE": "/etc/appd.cfg"}, timeout_ms=5000)
# ruleid: telemetry.appdynamics
appdynamics.agent.api.init()
# ok: telemetry.appdynamics
bt = appd.start_bt("checkout")

# ruleid: telemetry.dynatrace
oneagent.initialize()
# ruleid: telemetry.dynatrace
dt.initialize(sdklibname=None)
# ruleid: telemetry.dynatrace
dt_initialize()
# ok: telemetry.dynatrace
sdk = oneagent.get_sdk()

# ok: telemetry.scout-apm
Config.set(key="k", name="shop", monitor=True)
# ruleid: telemetry.scout-apm host=checkin.scoutapp.com creds=SCOUT_KEY
scout_apm.api.install(config={"key": "k", "monitor": True})
# ruleid: telemetry.scout-apm
scout.install()
# ruleid: telemetry.scout-apm
install(config={"core_agent_socket_path": "tcp://10.0.0.9:6590"})


def create_app(app):
    # ruleid: telemetry.scout-apm
    ScoutApm(app)
    return app


class Agent:
    def init(self):
        return None

    def initialize(self):
        return None


def look_alikes(cfg):
    # ok: telemetry.appdynamics
    Agent().init()
    # ok: telemetry.dynatrace
    Agent().initialize()
    # ok: telemetry.dynatrace
    cfg.get("initialize")
    # ok: telemetry.scout-apm
    print("scout_apm.api.install() is called from wsgi.py")
    # ok: telemetry.instana
    print("import instana to enable the sensor")
    # oneagent.initialize() happens elsewhere


def typed(s: oneagent.sdk.SDK) -> None:
    try:
        pass
    except oneagent.common.SDKError:
        pass
