import json
from google.cloud import storage, bigquery, pubsub_v1
import google.cloud.storage as gcs
from google.cloud.exceptions import NotFound
from googleapiclient.discovery import build
import googleapiclient.discovery as discovery
import pandas_gbq
import apache_beam as beam

# ok: cloud.gcp.storage
client = storage.Client(project="p")
# ruleid: cloud.gcp.storage host=storage.googleapis.com creds=GOOGLE_APPLICATION_CREDENTIALS
client.bucket("exports").blob("users.csv").upload_from_filename("users.csv")
blob = gcs.Client().get_bucket("exports").blob("report.json")
# ruleid: cloud.gcp.storage
blob.upload_from_string(json.dumps({"a": 1}), content_type="application/json")
# ok: cloud.gcp.storage
blob.reload

# ok: cloud.gcp.bigquery
bq = bigquery.Client()
# ruleid: cloud.gcp.bigquery
bq.insert_rows_json("proj.ds.events", [{"a": 1}])
# ruleid: cloud.gcp.bigquery
pandas_gbq.to_gbq(None, "ds.table", project_id="p")

# ok: cloud.gcp.pubsub
pub = pubsub_v1.PublisherClient()
# ok: cloud.gcp.pubsub
topic = pub.topic_path("proj", "events")
# ruleid: cloud.gcp.pubsub
pub.publish(topic, data=b"payload")

# ok: cloud.gcp.api
drive = build("drive", "v3", credentials=None)
# ruleid: cloud.gcp.api
drive.files().create(body={"name": "x"}, media_body=None).execute()
# ruleid: cloud.gcp.api
discovery.build("sheets", "v4").spreadsheets().values().update(spreadsheetId="s", range="A1", body={}).execute()
# ok: cloud.gcp.api
request = drive.files().list()

with beam.Pipeline() as p:
    rows = p | beam.Create([{"a": 1}])
    # ruleid: cloud.gcp.beam
    rows | beam.io.WriteToBigQuery("proj:ds.events", schema="a:INTEGER")


class Archiver:
    def __init__(self):
        self.bucket = storage.Client().bucket("archive")

    def save(self, name, data):
        # ruleid: cloud.gcp.storage
        self.bucket.blob(name).upload_from_file(data)


class Blob:
    def upload_from_filename(self, name):
        return name


def look_alikes(cfg):
    # ok: cloud.gcp.storage
    Blob().upload_from_filename("x")
    # ok: cloud.gcp.pubsub
    cfg.get("publish")
    # ok: cloud.gcp.bigquery
    print("bigquery.Client().insert_rows_json(table, rows)")
    # pub.publish(topic, data) commented out
    try:
        pass
    except NotFound:
        pass
