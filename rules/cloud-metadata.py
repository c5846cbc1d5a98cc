import urllib.request
import requests
import requests as rq
from requests import get
import httpx

# ruleid: cloud.instance-metadata host=169.254.169.254 creds=-
requests.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
# ruleid: cloud.instance-metadata
rq.put("http://169.254.169.254/latest/api/token", headers={"X-aws-ec2-metadata-token-ttl-seconds": "21600"})
# ruleid: cloud.instance-metadata
get("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", headers={"Metadata-Flavor": "Google"})
# ruleid: cloud.instance-metadata
urllib.request.urlopen("http://169.254.170.2/v2/credentials/abc")
# ruleid: cloud.instance-metadata
httpx.get("http://100.100.100.200/latest/meta-data/ram/security-credentials/")

IMDS = "http://169.254.169.254/metadata/identity/oauth2/token"


class Creds:
    def __init__(self):
        self.s = requests.Session()

    def token(self):
        # ruleid: cloud.instance-metadata
        return self.s.get(IMDS, params={"api-version": "2018-02-01"}, headers={"Metadata": "true"})


def look_alikes(cfg):
    # ok: cloud.instance-metadata
    cfg.get("http://169.254.169.254/latest/meta-data/")
    # ok: cloud.instance-metadata
    print("never call http://169.254.169.254 from app code")
    # requests.get("http://169.254.169.254/") is how the SDK finds credentials
    # ok: cloud.instance-metadata
    requests.get("https://api.example.com/v1/items")
