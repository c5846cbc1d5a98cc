import requests


class HTTPClient:
    def __init__(self, timeout=10):
        self.session = requests.Session()
        self.timeout = timeout

    def send_request(self, method, url, payload=None):
        # ruleid: network.requests
        return self.session.request(method, url, json=payload, timeout=self.timeout)


def post_json(url, payload):
    # ruleid: network.requests
    return requests.post(url, json=payload)


def report(endpoint, payload):
    return post_json(endpoint + "/report", payload)
