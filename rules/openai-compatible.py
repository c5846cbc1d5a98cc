import requests
import httpx
import requests as rq
from requests import post

# ruleid: ai.openrouter host=openrouter.ai creds=-
requests.post("https://openrouter.ai/api/v1/chat/completions", json={"model": "m"})
# ruleid: ai.deepseek
httpx.post("https://api.deepseek.com/chat/completions", json={"model": "deepseek-chat"})
# ruleid: ai.perplexity
rq.post("https://api.perplexity.ai/chat/completions", json={})
# ruleid: ai.xai
post("https://api.x.ai/v1/chat/completions", json={})

BASE = "https://api.fireworks.ai/inference/v1"


class Client:
    def __init__(self):
        self.http = httpx.Client(base_url=BASE)

    def ask(self, body):
        # ruleid: ai.fireworks
        return httpx.post(BASE + "/chat/completions", json=body)


def look_alikes(cfg):
    # ok: ai.openrouter
    cfg.get("https://openrouter.ai/api/v1")
    # ok: ai.deepseek
    print("set base_url to https://api.deepseek.com")
    # requests.post("https://api.x.ai/v1/chat/completions") disabled
    # ok: ai.xai
    requests.post("https://api.example.com/v1/chat/completions", json={})
