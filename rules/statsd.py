import statsd
import statsd as sd
from statsd import StatsClient, TCPStatsClient
from statsd.defaults.env import statsd as env_statsd

client = statsd.StatsClient("metrics.example.com", 8125, prefix="shop")
# ruleid: telemetry.statsd
client.incr("orders")
# ruleid: telemetry.statsd
env_statsd.gauge("queue.depth", 12)


class Metrics:
    def __init__(self):
        # ok: telemetry.statsd
        self.stats = TCPStatsClient(host="10.0.0.8", port=8125)

    def record(self, ms):
        # ruleid: telemetry.statsd
        self.stats.timing("checkout.ms", ms)


def batch():
    # ok: telemetry.statsd
    local = sd.StatsClient()
    pipe = local.pipeline()
    pipe.incr("a")
    # ruleid: telemetry.statsd
    pipe.send()
    # ruleid: telemetry.statsd host=statsd.example.net creds=-
    with StatsClient("statsd.example.net", 8125).timer("render"):
        pass


# ok: telemetry.statsd
idle = StatsClient(host="statsd.internal")


class Counter:
    def incr(self, name):
        return name


def look_alikes(cfg):
    # ok: telemetry.statsd
    Counter().incr("x")
    # ok: telemetry.statsd
    cfg.get("incr")
    # ok: telemetry.statsd
    print("statsd.StatsClient(host).incr(name)")


def typed(c: statsd.StatsClient) -> None:
    pass
