from .core.constants import DATADOG_HOST, TELEMETRY_URL, UPDATE_URL
from .core.http_client import HTTPClient, post_json, report
from .core import constants
import threading
from concurrent.futures import ThreadPoolExecutor


def beacon(data):
    # ruleid: network.requests host=telemetry.example-analytics.io
    HTTPClient().send_request("POST", TELEMETRY_URL, payload=data)


def check_updates():
    # ruleid: network.requests host=updates.example-vendor.com
    return post_json(UPDATE_URL, {"v": 1})


def metrics(series):
    # ruleid: telemetry.datadog.api host=api.datadoghq.com
    post_json(DATADOG_HOST + "/api/v1/series", series)


def crash(info):
    # ruleid: network.requests host=crash.example-vendor.com
    report("https://crash.example-vendor.com", info)


def via_module():
    # ruleid: network.requests host=updates.example-vendor.com
    HTTPClient().send_request("GET", constants.UPDATE_BASE)


def background(data):
    # ruleid: network.requests host=events.example-analytics.io
    threading.Thread(target=post_json, args=("https://events.example-analytics.io/e", data)).start()


def background_kwargs(data):
    # ruleid: network.requests host=kw.example-analytics.io
    threading.Thread(target=post_json, kwargs={"url": "https://kw.example-analytics.io/e", "payload": data}).start()


def pooled(data):
    with ThreadPoolExecutor() as ex:
        # ruleid: network.requests host=pool.example-analytics.io
        ex.submit(post_json, "https://pool.example-analytics.io/e", data)

