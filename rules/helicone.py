import requests
import requests as rq
from requests import post

HEADERS = {"Helicone-Auth": "Bearer sk-helicone"}

# ruleid: ai.helicone host=api.helicone.ai creds=HELICONE_API_KEY
requests.post("https://api.helicone.ai/v1/request/query", json={"filter": "all"}, headers=HEADERS)
# ruleid: ai.helicone
rq.post("https://gateway.helicone.ai/v1/chat/completions", json={"messages": []}, headers=HEADERS)
# ruleid: ai.helicone
post("https://oai.helicone.ai/v1/chat/completions", json={"messages": []}, headers=HEADERS)


class Proxy:
    def __init__(self):
        self.session = requests.Session()

    def send(self, body):
        # ruleid: ai.helicone
        self.session.post("https://oai.helicone.ai/v1/completions", json=body, headers=HEADERS)


def look_alikes(cfg):
    # ok: ai.helicone
    cfg.get("https://oai.helicone.ai")
    # ok: ai.helicone
    print("route through oai.helicone.ai to log prompts")
    # ok: ai.helicone
    requests.post("https://api.example.com/helicone.ai/v1", json={})
