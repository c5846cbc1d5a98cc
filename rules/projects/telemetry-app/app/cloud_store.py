from typing import Optional
from urllib.parse import urljoin

from app.core.constants import UPDATE_BASE
from app.utils import get_session


class CloudStore:
    """The base URL is a constructor parameter whose default is a constant of another module."""

    def __init__(self, base_url: str = UPDATE_BASE):
        self._base_url = base_url
        self._session = get_session()

    @property
    def base_url(self) -> str:
        return self._base_url

    @classmethod
    def versioned_url(cls, base_url: str, org: str, item: Optional[str] = None) -> str:
        return urljoin(base_url, f"api/v1/orgs/{org}")

    def put(self, org, data, item=None):
        url = self.versioned_url(base_url=self.base_url, org=org)
        if item:
            url = urljoin(f"{url}/", item)
        # ruleid: network.requests host=updates.example-vendor.com
        return self._session.put(url, json=data)
