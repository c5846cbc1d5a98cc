"""Fixture for algolia: v3 (search_client) and v4 (search.client) APIs."""
import algoliasearch.search_client
from algoliasearch.search.client import SearchClient, SearchClientSync
from algoliasearch.search_client import SearchClient as LegacyClient
import algoliasearch.search.client as v4

# ok: logging.algolia
legacy = LegacyClient.create("APP_ID", "ADMIN_KEY")
# ok: logging.algolia
index = legacy.init_index("users")
# ruleid: logging.algolia
index.save_objects([{"objectID": "1", "name": "User One", "email": "u1@example.com"}])
# ruleid: logging.algolia
index.partial_update_object({"objectID": "1", "plan": "pro"})
# ruleid: logging.algolia
hits = index.search("user")
# ruleid: logging.algolia
algoliasearch.search_client.SearchClient.create("APP_ID", "KEY").init_index("x").replace_all_objects([])

# ok: logging.algolia
client = SearchClientSync("APP_ID", "ADMIN_KEY")
# ruleid: logging.algolia
client.save_objects(index_name="users", objects=[{"objectID": "1", "name": "User One"}])
# ruleid: logging.algolia
client.search_single_index(index_name="users", search_params={"query": "one"})
# ruleid: logging.algolia
v4.SearchClientSync("APP_ID", "KEY").partial_update_object(index_name="users", object_id="1", attributes_to_update={})


class Indexer:
    def __init__(self):
        # ok: logging.algolia
        self.client = SearchClient("APP_ID", "ADMIN_KEY")

    async def push(self, record):
        # ruleid: logging.algolia
        return await self.client.save_object(index_name="users", body=record)


# Look-alikes below must not be reported.
# ok: logging.algolia
waiter = client.wait_for_task
rec = {"objectID": "1"}
# ok: logging.algolia
oid = rec.get("objectID")
# ok: logging.algolia
text = "index.save_objects([...])"


class Index:
    def save_objects(self, objects):
        return objects


# ok: logging.algolia
Index().save_objects([])


def push(c: SearchClientSync) -> None:
    # c.save_objects(index_name="x", objects=[]) in a comment
    return None
