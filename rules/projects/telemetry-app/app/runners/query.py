from typing import cast

from app.utils import SharedSession, get_session


def run(sql):
    # ruleid: network.requests host=query.example-warehouse.net
    return get_session().post("https://query.example-warehouse.net/run", json={"q": sql})


def status():
    s = SharedSession()
    # ruleid: network.requests host=status.example-warehouse.net
    return s.get("https://status.example-warehouse.net/health")


def typed():
    s = cast("SharedSession", get_session())
    # ruleid: network.requests host=typed.example-warehouse.net
    return s.get("https://typed.example-warehouse.net/v1")

