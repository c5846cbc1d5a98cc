import vertexai
from vertexai.generative_models import GenerativeModel
import vertexai.generative_models as gm
from vertexai.language_models import TextEmbeddingModel
from google.cloud import aiplatform
from anthropic import AnthropicVertex
from google.api_core.exceptions import InvalidArgument

# ok: ai.vertexai
vertexai.init(project="p", location="us-central1")
# ok: ai.vertexai
model = GenerativeModel("gemini-1.5-pro")
# ruleid: ai.vertexai host=aiplatform.googleapis.com creds=GOOGLE_APPLICATION_CREDENTIALS
model.generate_content("review this contract")
# ruleid: ai.vertexai
gm.GenerativeModel("gemini-1.5-flash").start_chat().send_message("hi")
# ruleid: ai.vertexai
TextEmbeddingModel.from_pretrained("text-embedding-004").get_embeddings(["doc"])
# ruleid: ai.vertexai
aiplatform.Endpoint("projects/p/locations/l/endpoints/1").predict(instances=[{"x": 1}])
# ruleid: ai.vertexai host=proxy.internal creds=GOOGLE_APPLICATION_CREDENTIALS
AnthropicVertex(region="us-east5", project_id="p", base_url="https://proxy.internal").messages.create(model="claude", max_tokens=10, messages=[])


class Classifier:
    def __init__(self):
        self.m = GenerativeModel("gemini-1.5-flash")

    def label(self, text):
        # ruleid: ai.vertexai
        return self.m.generate_content(text)


class LocalModel:
    def generate_content(self, text):
        return text


def look_alikes(cfg):
    # ok: ai.vertexai
    LocalModel().generate_content("x")
    # ok: ai.vertexai
    cfg.get("predict")
    # ok: ai.vertexai
    print("GenerativeModel('gemini').generate_content(text)")
    # model.generate_content(text) disabled
    try:
        pass
    except InvalidArgument:
        pass
