import agentops
import agentops as ao
from agentops import init as agentops_init
import traceloop.sdk
from traceloop.sdk import Traceloop
from traceloop.sdk import Traceloop as TL

# ruleid: ai.agentops host=api.agentops.ai creds=AGENTOPS_API_KEY
agentops.init(api_key="k", tags=["crew"])
# ruleid: ai.agentops host=agentops.internal.example creds=AGENTOPS_API_KEY
ao.init(endpoint="https://agentops.internal.example")
# ruleid: ai.agentops
agentops_init()
# ok: ai.agentops
agentops.get_client()

# ruleid: ai.traceloop
Traceloop.init(app_name="support-bot")
# ruleid: ai.traceloop
TL.init(app_name="rag", api_endpoint="https://otel.internal.example:4318", disable_batch=True)
# ruleid: ai.traceloop
traceloop.sdk.Traceloop.init()


class Bootstrap:
    def init(self):
        return None


def look_alikes(cfg):
    # ok: ai.agentops
    Bootstrap().init()
    # ok: ai.traceloop
    cfg.get("init")
    # ok: ai.traceloop
    print("Traceloop.init(app_name) exports prompts")
    # agentops.init() happens in main.py
