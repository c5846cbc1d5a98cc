"""Fixture for elasticsearch: Elasticsearch and OpenSearch clients."""
import elasticsearch
import elasticsearch as es_mod
import opensearchpy
from elasticsearch import AsyncElasticsearch, Elasticsearch, helpers
from opensearchpy import OpenSearch
from opensearchpy.helpers import bulk as os_bulk

# ok: logging.elasticsearch
es = Elasticsearch(cloud_id="deploy:abc", api_key="k")
# ruleid: logging.elasticsearch
es.index(index="events", document={"user": "u@example.com"})
# ruleid: logging.elasticsearch
hits = es.search(index="events", query={"match_all": {}})
# ruleid: logging.elasticsearch
es.options(request_timeout=5).bulk(operations=[])
# ruleid: logging.elasticsearch
es.indices.create(index="events")
# ruleid: logging.elasticsearch
helpers.bulk(es, [{"_index": "events", "x": 1}])
# ruleid: logging.elasticsearch
elasticsearch.helpers.streaming_bulk(es, [])

# ok: logging.elasticsearch
other = es_mod.Elasticsearch("https://search.example.com:9200", basic_auth=("u", "p"))
# ruleid: logging.elasticsearch
other.update(index="events", id="1", doc={"seen": True})

with Elasticsearch(hosts=["https://my-deploy.es.us-east-1.aws.elastic-cloud.com:443"]) as scoped:
    # ruleid: logging.elasticsearch
    scoped.create(index="events", id="2", document={"a": 1})


class Indexer:
    def __init__(self):
        # ok: logging.elasticsearch
        self.client = AsyncElasticsearch("https://search.example.com:9200")

    async def push(self, doc):
        # ruleid: logging.elasticsearch
        await self.client.index(index="events", document=doc)


# ok: logging.opensearch
osc = OpenSearch(hosts=[{"host": "search-logs.eu-west-1.es.amazonaws.com", "port": 443}], use_ssl=True)
# ruleid: logging.opensearch
osc.index(index="events", body={"user": "u"})
# ruleid: logging.opensearch
osc.indices.create("events")
# ruleid: logging.opensearch
os_bulk(osc, [])
# ruleid: logging.opensearch host=search.example.net:9200 creds=-
opensearchpy.OpenSearch(hosts=["https://search.example.net:9200"]).search(index="events", body={})

# Look-alikes below must not be reported.
cfg = {"index": "events"}
# ok: logging.elasticsearch
name = cfg.get("index")
# ok: logging.elasticsearch
es.close()
# ok: logging.elasticsearch
text = "es.index(index='x') only in a string"


class Catalog:
    def search(self, q):
        return q


# ok: logging.elasticsearch
Catalog().search("query")


def count_docs(client: Elasticsearch) -> int:
    # client.count() in a comment is not a call
    return 0


try:
    pass
except elasticsearch.ConnectionError:
    pass
