from huggingface_hub import InferenceClient, HfApi, upload_file
import huggingface_hub as hfh
import huggingface_hub
from huggingface_hub.utils import HfHubHTTPError
from transformers import AutoModelForCausalLM
from datasets import load_dataset

# ok: ai.huggingface.inference
llm = InferenceClient(token="hf_x")
# ruleid: ai.huggingface.inference host=router.huggingface.co creds=HF_TOKEN,HUGGING_FACE_HUB_TOKEN
llm.chat_completion(messages=[{"role": "user", "content": "hi"}], model="meta-llama/Llama-3.1-8B-Instruct")
# ruleid: ai.huggingface.inference host=abc.us-east-1.aws.endpoints.huggingface.cloud creds=HF_TOKEN,HUGGING_FACE_HUB_TOKEN
hfh.InferenceClient(base_url="https://abc.us-east-1.aws.endpoints.huggingface.cloud").text_generation("prompt")
# ruleid: ai.huggingface.inference
InferenceClient().chat.completions.create(model="m", messages=[])

# ok: ai.huggingface.hub-upload
api = HfApi()
# ruleid: ai.huggingface.hub-upload
api.upload_folder(folder_path="out/", repo_id="org/model", repo_type="model")
# ruleid: ai.huggingface.hub-upload
upload_file(path_or_fileobj="train.csv", path_in_repo="train.csv", repo_id="org/data", repo_type="dataset")
# ruleid: ai.huggingface.hub-upload
huggingface_hub.create_repo("org/new-model", private=True)
# ruleid: ai.huggingface.hub-upload
# ruleid: ai.huggingface.hub-download
AutoModelForCausalLM.from_pretrained("gpt2").push_to_hub("org/finetuned")
# ruleid: ai.huggingface.hub-upload
load_dataset("csv", data_files="users.csv").push_to_hub("org/users")
# ok: ai.huggingface.hub-upload
api.list_models


class Publisher:
    def __init__(self):
        self.api = HfApi(endpoint="https://hub.internal")

    def publish(self, path):
        # ruleid: ai.huggingface.hub-upload
        self.api.upload_file(path_or_fileobj=path, path_in_repo="x", repo_id="org/r")


class LocalApi:
    def upload_file(self, **kw):
        return kw


def look_alikes(cfg):
    # ok: ai.huggingface.hub-upload
    LocalApi().upload_file(path_or_fileobj="x")
    # ok: ai.huggingface.inference
    cfg.get("chat_completion")
    # ok: ai.huggingface.hub-upload
    print("HfApi().upload_folder(folder_path=...)")
    # api.upload_file(...) disabled
    try:
        pass
    except HfHubHTTPError:
        pass

# Library usage telemetry through the Hub's helper (what gradio and others call).
from huggingface_hub.utils import send_telemetry
from huggingface_hub.utils._telemetry import _send_telemetry_in_thread

# ruleid: telemetry.huggingface.usage host=huggingface.co
send_telemetry(topic="mylib/launched", library_name="mylib", library_version="1.0")
# ruleid: telemetry.huggingface.usage host=huggingface.co
_send_telemetry_in_thread(topic="mylib/error", library_name="mylib", user_agent={"os": "linux"})


from huggingface_hub import hf_hub_download, snapshot_download
from transformers import AutoModel, AutoTokenizer, pipeline

# Downloads: the Hub sees the token and a telemetry user agent.
# ruleid: ai.huggingface.hub-download host=huggingface.co creds=HF_TOKEN,HUGGING_FACE_HUB_TOKEN
hf_hub_download(repo_id="org/model", filename="config.json")
# ruleid: ai.huggingface.hub-download host=huggingface.co
snapshot_download(repo_id="org/model", revision="main")
# ruleid: ai.huggingface.hub-download host=huggingface.co
AutoModel.from_pretrained("org/model")
# ruleid: ai.huggingface.hub-download host=huggingface.co
AutoTokenizer.from_pretrained(pretrained_model_name_or_path="org/model", revision="v1")
# ruleid: ai.huggingface.hub-download
load_dataset("org/dataset")
# ruleid: ai.huggingface.hub-download
pipeline("text-classification", model="org/model")
# ruleid: ai.huggingface.hub-download host=hub.internal
HfApi(endpoint="https://hub.internal").model_info("org/model")
# ok: ai.huggingface.hub-download
AutoModel.from_pretrained("./models/local")
# ok: ai.huggingface.hub-download
AutoModel.from_pretrained("/opt/models/bert")
# ok: ai.huggingface.hub-download
AutoTokenizer.from_pretrained("~/models/tok")
# ok: ai.huggingface.hub-download
load_dataset("json", data_files="rows.jsonl")
