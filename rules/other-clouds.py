import oss2
import oss2 as alioss
import oci
from tencentcloud.common import credential
from tencentcloud.sms.v20210111 import sms_client, models
from tencentcloud.cvm.v20170312.cvm_client import CvmClient
from qcloud_cos import CosConfig, CosS3Client
from pydo import Client as DoClient
from cloudflare import Cloudflare

# ok: cloud.alibaba.oss
bucket = oss2.Bucket(oss2.Auth("id", "secret"), "https://oss-cn-hangzhou.aliyuncs.com", "exports")
# ruleid: cloud.alibaba.oss
bucket.put_object_from_file("users.csv", "users.csv")
# ok: cloud.alibaba.oss
signed = bucket.sign_url("GET", "users.csv", 60)
# ruleid: cloud.alibaba.oss
alioss.resumable_upload(bucket, "big.bin", "big.bin")

cred = credential.Credential("sid", "skey")
# ok: cloud.tencent
req = models.SendSmsRequest()
# ok: cloud.tencent
req.from_json_string("{}")
# ruleid: cloud.tencent
sms_client.SmsClient(cred, "ap-guangzhou").SendSms(req)
# ruleid: cloud.tencent
CvmClient(cred, "ap-shanghai").DescribeInstances(req)

# ok: cloud.tencent.cos
cos = CosS3Client(CosConfig(Region="ap-beijing", SecretId="a", SecretKey="b"))
# ruleid: cloud.tencent.cos
cos.upload_file(Bucket="b-123", Key="k", LocalFilePath="f")
# ok: cloud.tencent.cos
cos.get_presigned_url(Bucket="b-123", Key="k", Method="GET")

config = oci.config.from_file()
# ruleid: cloud.oci
oci.object_storage.ObjectStorageClient(config).put_object("ns", "exports", "users.csv", b"x")
# ruleid: ai.oci-genai
oci.generative_ai_inference.GenerativeAiInferenceClient(config, service_endpoint="https://inference.generativeai.eu-frankfurt-1.oci.oraclecloud.com").chat(None)


class Infra:
    def __init__(self):
        # ok: cloud.digitalocean
        self.do = DoClient(token="t")
        # ok: cloud.cloudflare
        self.cf = Cloudflare(api_token="t")

    def deploy(self, spec, ip):
        # ruleid: cloud.digitalocean host=api.digitalocean.com creds=-
        self.do.droplets.create(body=spec)
        # ruleid: cloud.cloudflare
        self.cf.dns.records.create(zone_id="z", type="A", name="api", content=ip)
        # ok: cloud.cloudflare
        self.cf.with_options(max_retries=1)


class Bucket:
    def put_object(self, key, data):
        return key


def look_alikes(cfg):
    # ok: cloud.alibaba.oss
    Bucket().put_object("k", b"x")
    # ok: cloud.digitalocean
    cfg.get("droplets")
    # ok: cloud.cloudflare
    print("Cloudflare().dns.records.create(zone_id=z)")
    # bucket.put_object("k", data) commented out
    try:
        pass
    except oss2.exceptions.NoSuchKey:
        pass
