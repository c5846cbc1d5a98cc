import json
from azure.storage.blob import BlobServiceClient, ContainerClient
import azure.storage.blob as azblob
from azure.storage.filedatalake import DataLakeServiceClient
from azure.servicebus import ServiceBusClient, ServiceBusMessage
from azure.eventhub import EventHubProducerClient, EventData
from azure.eventgrid import EventGridPublisherClient
from azure.storage.queue import QueueClient
from azure.keyvault.secrets import SecretClient
from azure.mgmt.storage import StorageManagementClient
from azure.core.exceptions import ResourceNotFoundError

# ok: cloud.azure.blob
svc = BlobServiceClient(account_url="https://acct.blob.core.windows.net", credential=None)
# ruleid: cloud.azure.blob
svc.get_blob_client(container="exports", blob="users.csv").upload_blob(b"data", overwrite=True)
# ruleid: cloud.azure.blob
ContainerClient.from_connection_string("conn", "exports").upload_blob("a.csv", b"x")
# ruleid: cloud.azure.blob
azblob.BlobClient.from_blob_url("https://other.blob.core.windows.net/c/b?sig=1").upload_blob(b"x")
# ok: cloud.azure.blob
props = svc.get_service_properties

# ruleid: cloud.azure.datalake
DataLakeServiceClient("https://acct.dfs.core.windows.net").get_file_system_client("raw").get_file_client("u.json").upload_data(b"{}")

with ServiceBusClient.from_connection_string("conn") as sb:
    sender = sb.get_queue_sender(queue_name="orders")
    # ruleid: cloud.azure.servicebus
    sender.send_messages(ServiceBusMessage("body"))

# ok: cloud.azure.eventhubs
producer = EventHubProducerClient.from_connection_string("conn", eventhub_name="telemetry")
# ruleid: cloud.azure.eventhubs
producer.send_batch([EventData("x")])

# ruleid: cloud.azure.eventgrid
EventGridPublisherClient("https://topic.westus2-1.eventgrid.azure.net/api/events", None).send([])

# ruleid: cloud.azure.queue
QueueClient.from_connection_string("conn", "jobs").send_message(json.dumps({"id": 1}))


class Vault:
    def __init__(self):
        # ok: cloud.azure.keyvault
        self.kv = SecretClient(vault_url="https://kv-prod.vault.azure.net", credential=None)

    def store(self, pw):
        # ruleid: cloud.azure.keyvault
        self.kv.set_secret("db-password", pw)


# ruleid: cloud.azure.management host=management.azure.com creds=AZURE_CLIENT_SECRET
StorageManagementClient(None, "sub-id").storage_accounts.list_keys("rg", "acct")


class BlobClient:
    def upload_blob(self, data):
        return data


def look_alikes(cfg):
    # ok: cloud.azure.blob
    BlobClient().upload_blob(b"x")
    # ok: cloud.azure.keyvault
    cfg.get("get_secret")
    # ok: cloud.azure.servicebus
    print("sender.send_messages(ServiceBusMessage(body))")
    # producer.send_batch(batch) is disabled
    try:
        pass
    except ResourceNotFoundError:
        pass
