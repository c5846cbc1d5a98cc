import openai
import openai as oa
from openai import OpenAI, AsyncOpenAI, AzureOpenAI
from openai import APIError

# ok: ai.openai
client = OpenAI()
# ruleid: ai.openai host=api.openai.com creds=OPENAI_API_KEY
client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
# ruleid: ai.openai
client.embeddings.create(model="text-embedding-3-small", input=["doc"])
# ruleid: ai.openai host=api.deepseek.com creds=OPENAI_API_KEY
oa.OpenAI(base_url="https://api.deepseek.com").chat.completions.create(model="deepseek-chat", messages=[])
# ruleid: ai.openai
openai.chat.completions.create(model="gpt-4o", messages=[])
# ruleid: ai.openai
openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[], api_base="https://proxy.internal/v1")
# ruleid: ai.openai
openai.Embedding.create(model="text-embedding-ada-002", input="x")
# ok: ai.openai
client.with_options(timeout=3)
# ok: ai.openai
models = client.models

with OpenAI(api_key="sk-test") as c2:
    # ruleid: ai.openai
    c2.responses.create(model="gpt-4o", input="summarise this")


class Assistant:
    def __init__(self):
        self.llm = AsyncOpenAI()

    async def ask(self, q):
        # ruleid: ai.openai
        return await self.llm.beta.chat.completions.parse(model="gpt-4o", messages=[q])


def typed(c: OpenAI, audio):
    # ruleid: ai.openai
    c.audio.transcriptions.create(model="whisper-1", file=audio)


# ok: ai.azure-openai
az = AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-06-01")
# ruleid: ai.azure-openai
az.chat.completions.create(model="gpt-4o", messages=[])
# ruleid: ai.azure-openai
az.embeddings.create(model="e", input="x")


class OpenAIStub:
    def create(self, **kw):
        return kw


def look_alikes(opts):
    # ok: ai.openai
    opts.get("chat.completions.create")
    # ok: ai.openai
    OpenAIStub().create(model="x")
    # ok: ai.openai
    print("client.chat.completions.create(model=...)")
    # openai.ChatCompletion.create(model="x") disabled
    try:
        pass
    except APIError:
        pass
