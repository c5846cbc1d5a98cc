import pinecone
from pinecone import Pinecone
import weaviate
import weaviate as wv
from qdrant_client import QdrantClient, AsyncQdrantClient
import chromadb
from chromadb import HttpClient
from pinecone.exceptions import PineconeException

# ok: ai.pinecone
pc = Pinecone(api_key="k")
# ok: ai.pinecone
index = pc.Index("docs")
# ruleid: ai.pinecone host=api.pinecone.io creds=PINECONE_API_KEY
index.upsert(vectors=[("id1", [0.1], {"text": "chunk"})])
# ruleid: ai.pinecone host=docs-abc.svc.aped-1.pinecone.io creds=PINECONE_API_KEY
pc.Index(host="https://docs-abc.svc.aped-1.pinecone.io").query(vector=[0.1], top_k=3)
# ruleid: ai.pinecone
pinecone.Index("legacy").upsert(vectors=[])

# ruleid: ai.weaviate
client = weaviate.connect_to_weaviate_cloud(cluster_url="https://abc.weaviate.cloud", auth_credentials=None)
# ruleid: ai.weaviate
wv.connect_to_custom(http_host="weaviate.internal", http_port=8080, http_secure=False, grpc_host="weaviate.internal", grpc_port=50051, grpc_secure=False)
# ok: ai.weaviate
local = weaviate.connect_to_local()

# ok: ai.qdrant
qd = QdrantClient(url="https://xyz.eu-central.aws.cloud.qdrant.io", api_key="k")
# ruleid: ai.qdrant
qd.upsert(collection_name="docs", points=[])

# ruleid: ai.chroma
HttpClient(host="chroma.example.com", port=443, ssl=True)
# ruleid: ai.chroma
chromadb.CloudClient(tenant="t", database="d", api_key="k")
# ok: ai.chroma
chromadb.PersistentClient(path="./db")


class Memory:
    def __init__(self):
        self.db = AsyncQdrantClient(url="http://qdrant:6333")

    async def remember(self, pts):
        # ruleid: ai.qdrant
        await self.db.upload_points("mem", pts)


class Index:
    def upsert(self, vectors):
        return vectors


def look_alikes(cfg):
    # ok: ai.pinecone
    Index().upsert([])
    # ok: ai.qdrant
    cfg.get("upsert")
    # ok: ai.chroma
    print("chromadb.HttpClient(host=h)")
    # index.upsert(vectors) disabled
    try:
        pass
    except PineconeException:
        pass
