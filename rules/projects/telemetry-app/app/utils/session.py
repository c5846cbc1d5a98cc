import requests


class SharedSession(requests.Session):
    def __init__(self):
        super().__init__()
        self.headers["User-Agent"] = "app/1.0"


_session = None


def get_session():
    global _session
    if _session is None:
        _session = SharedSession()
    return _session
