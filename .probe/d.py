import os, requests, httpx
from urllib.parse import urljoin
from openai import OpenAI
from django.conf import settings
BASE = "https://api.example.net"
requests.post(BASE + "/v1/x")
requests.post(f"{BASE}/v1/x")
requests.post("{}/v1/x".format(BASE))
requests.post("https://%s/v1" % "h.example.org")
requests.post("%s/v1" % BASE)
requests.post(urljoin(BASE, "/v1"))
requests.post(os.environ.get("HOOK_URL", "https://default.example.com/x"))
requests.post(os.getenv("HOOK_URL"))
requests.post(os.environ["HOOK_URL"])
requests.post(settings.API_URL)
OpenAI(base_url="https://llm.internal.example/v1").chat.completions.create(model="m")
OpenAI(base_url=os.environ["OPENAI_BASE_URL"]).chat.completions.create(model="m")
OpenAI().chat.completions.create(model="m")
def f(url):
    requests.post(url)
def g(host):
    requests.post(f"https://{host}/x")
requests.post("https://{host}/x".format(host="k.example.com"))
requests.post(self_url)
URL = os.environ.get("URL") or "https://fallback.example.com"
requests.post(URL)
c = httpx.Client(base_url="https://base.example.net")
c.post("/upload")
requests.post(config["url"])
requests.post(cfg.url)
requests.post(get_url())
requests.post("/relative/path")
x = "https://api.example.net/" + str(os.getpid())
requests.post(x)
requests.post("https://" + os.environ["HOST"] + "/x")
requests.post(url=BASE)
