import json
import boto3
import boto3 as b3
import aioboto3
from boto3 import client as make_client
from boto3.session import Session
from botocore.client import BaseClient
from botocore.exceptions import ClientError
from mypy_boto3_s3 import S3Client

# ok: cloud.aws.s3, cloud.aws
s3 = boto3.client("s3")
# ruleid: cloud.aws.s3 host=s3.amazonaws.com creds=AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN
s3.upload_file("report.csv", "my-bucket", "exports/report.csv")
# ruleid: cloud.aws.s3 host=minio.internal:9000 creds=AWS_ACCESS_KEY_ID,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN
b3.client("s3", endpoint_url="https://minio.internal:9000").put_object(Bucket="b", Key="k", Body=b"x")
# ruleid: cloud.aws.s3
boto3.resource("s3").Bucket("my-bucket").upload_file("a.txt", "a.txt")
# ruleid: cloud.aws.s3
Session(profile_name="prod").client("s3").copy_object(Bucket="b", Key="k2", CopySource="b/k")
# ok: cloud.aws.s3, cloud.aws
url = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"})
# ok: cloud.aws.s3, cloud.aws
pages = s3.get_paginator("list_objects_v2")
# ruleid: cloud.aws
for page in pages.paginate(Bucket="b"):
    pass
# ruleid: cloud.aws
s3.list_objects_v2(Bucket="b")

# ruleid: communication.aws-ses
make_client("sesv2").send_email(FromEmailAddress="a@x.com", Destination={}, Content={})
# ruleid: cloud.aws.sns
boto3.client("sns").publish(TopicArn="arn:aws:sns:us-east-1:1:t", Message="hi")
# ruleid: cloud.aws.sqs
boto3.resource("sqs").get_queue_by_name(QueueName="jobs").send_message(MessageBody="{}")
# ruleid: cloud.aws.kinesis
boto3.client("firehose").put_record_batch(DeliveryStreamName="s", Records=[])
# ruleid: cloud.aws.lambda
boto3.Session().client("lambda").invoke(FunctionName="enrich", Payload=json.dumps({}))
# ruleid: cloud.aws.eventbridge
boto3.client("events").put_events(Entries=[])
# ruleid: cloud.aws
boto3.resource("dynamodb").Table("users").put_item(Item={"id": "1"})


class Uploader:
    def __init__(self):
        # ok: cloud.aws.sqs, cloud.aws
        self.sqs = boto3.client("sqs", region_name="eu-west-1")

    def push(self, body):
        # ruleid: cloud.aws.sqs
        self.sqs.send_message(QueueUrl="https://sqs.eu-west-1.amazonaws.com/1/q", MessageBody=body)


def typed(s3c: S3Client, raw: BaseClient, data: bytes):
    # ruleid: cloud.aws.s3
    s3c.put_object(Bucket="b", Key="k", Body=data)
    # ruleid: cloud.aws
    raw.describe_instances()


async def async_upload(data):
    session = aioboto3.Session()
    async with session.client("s3") as s3a:
        # ruleid: cloud.aws.s3
        await s3a.upload_fileobj(data, "b", "k")


class LocalStore:
    def upload_file(self, path, bucket, key):
        return path


def look_alikes(cfg, data):
    # ok: cloud.aws.s3
    cfg.get("upload_file")
    # ok: cloud.aws.s3
    LocalStore().upload_file("a", "b", "c")
    # ok: cloud.aws.s3
    print("boto3.client('s3').upload_file(...) is how we used to do it")
    # boto3.client("sns").publish(Message=data) disabled
    try:
        pass
    except ClientError:
        pass
