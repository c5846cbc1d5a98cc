import pandas as pd
import pandas
import polars as pl
import s3fs
import gcsfs
import adlfs
import awswrangler as wr
import smart_open
from smart_open import open as sopen
from s3fs import S3FileSystem

df = pd.DataFrame({"id": [1, 2]})
# ruleid: cloud.aws.s3.path host=s3://partner-drop creds=AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN
df.to_csv("s3://partner-drop/users.csv", index=False)
# ruleid: cloud.aws.s3.path
pandas.read_parquet("s3a://lake/raw/events.parquet")
# ruleid: cloud.gcp.storage.path
df.to_parquet(path="gs://shared-bucket/users.parquet")
# ruleid: cloud.azure.blob.path
df.to_json("abfs://exports@acct.dfs.core.windows.net/users.json")
# ruleid: cloud.aws.s3.path
pl.DataFrame({"a": [1]}).write_parquet("s3://lake/a.parquet")
# ruleid: cloud.gcp.storage.path
with smart_open.open("gs://bucket/log.txt", "w") as fh:
    fh.write("x")
# ruleid: cloud.aws.s3.path
sopen("s3://bucket/key.bin", "wb")
# ok: cloud.aws.s3.path, cloud.gcp.storage.path, cloud.azure.blob.path
df.to_csv("local/users.csv")
# ok: cloud.aws.s3.path
pd.read_csv("https://example.com/data.csv")

# ok: cloud.aws.s3.filesystem
fs = S3FileSystem(anon=False, endpoint_url="https://minio.local:9000")
# ruleid: cloud.aws.s3.filesystem
fs.put("local.csv", "bucket/remote.csv")
# ruleid: cloud.aws.s3.filesystem
s3fs.S3FileSystem().pipe("bucket/k", b"data")
# ruleid: cloud.aws.s3.filesystem
wr.s3.to_parquet(df, path="s3://analytics/users/")
# ruleid: cloud.gcp.storage.filesystem
gcsfs.GCSFileSystem(project="p").put_file("a.csv", "bucket/a.csv")
# ruleid: cloud.azure.blob.filesystem
adlfs.AzureBlobFileSystem(account_name="acct").put("a.csv", "container/a.csv")


class Exporter:
    def __init__(self):
        self.fs = s3fs.S3FileSystem()

    def send(self, data):
        # ruleid: cloud.aws.s3.filesystem
        with self.fs.open("bucket/out.bin", "wb") as f:
            f.write(data)


class DataFrame:
    def to_csv(self, path):
        return path


def look_alikes(opts):
    # ok: cloud.aws.s3.path
    DataFrame().to_csv("s3://not-pandas/x.csv")
    # ok: cloud.aws.s3.filesystem
    opts.get("put")
    # ok: cloud.aws.s3.path
    print("df.to_csv('s3://bucket/x.csv')")
    # df.to_parquet("s3://bucket/x.parquet") disabled
    try:
        pass
    except s3fs.errors.ERROR_CODE_TO_EXCEPTION:
        pass
