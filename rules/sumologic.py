"""Fixture for sumologic: API client and HTTP source uploads."""
import sumologic
import sumologic as sl
from sumologic import SumoLogic

# ok: logging.sumologic
sumo = SumoLogic("ACCESS_ID", "ACCESS_KEY", "https://api.eu.sumologic.com/api")
# ruleid: logging.sumologic
job = sumo.search_job("_sourceCategory=prod error", "2024-01-01T00:00:00", "2024-01-02T00:00:00")
# ruleid: logging.sumologic
sumo.post("/collectors", {"collector": {"name": "app"}})
# ruleid: logging.sumologic host=api.sumologic.com creds=-
sl.SumoLogic("ID", "KEY").get("/collectors")
# ok: logging.sumologic
plain = sumologic.SumoLogic("ID", "KEY", endpoint="https://api.us2.sumologic.com/api")
# ruleid: logging.sumologic
plain.put("/collectors/1", {"collector": {}})


class Exporter:
    def __init__(self):
        # ok: logging.sumologic
        self.client = SumoLogic("ID", "KEY")

    def query(self, q):
        # ruleid: logging.sumologic
        return self.client.search_job(q, "now-1h", "now")


# Look-alikes below must not be reported.
cfg = {"sumo": "x"}
# ok: logging.sumologic
x = cfg.get("sumo")
# ok: logging.sumologic
note = "sumo.search_job('q') in a string"


class Search:
    def search_job(self, q):
        return q


# ok: logging.sumologic
Search().search_job("q")


def run(c: SumoLogic) -> None:
    # c.post("/collectors", {}) in a comment
    return None
