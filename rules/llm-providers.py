import cohere
import cohere as co
from cohere import ClientV2
from mistralai import Mistral
from mistralai.client import MistralClient
import groq
from groq import Groq, AsyncGroq
from together import Together
import together as tg
import replicate
import replicate as rp
from replicate.exceptions import ModelError

# ok: ai.cohere
c = cohere.Client(api_key="k")
# ruleid: ai.cohere host=api.cohere.com creds=CO_API_KEY
c.chat(message="summarise this ticket")
# ruleid: ai.cohere host=cohere.internal creds=CO_API_KEY
ClientV2(base_url="https://cohere.internal").embed(texts=["a"], model="embed-v4.0", input_type="search_document")
# ruleid: ai.cohere
co.ClientV2().rerank(model="rerank-v3.5", query="q", documents=["d"])

# ok: ai.mistral
m = Mistral(api_key="k")
# ruleid: ai.mistral
m.chat.complete(model="mistral-large-latest", messages=[])
# ruleid: ai.mistral
Mistral(api_key="k", server_url="https://eu.proxy.internal").embeddings.create(model="mistral-embed", inputs=["x"])
# ruleid: ai.mistral
MistralClient(api_key="k").chat(model="mistral-tiny", messages=[])

# ruleid: ai.groq
Groq().chat.completions.create(model="llama-3.3-70b-versatile", messages=[])
# ruleid: ai.groq
groq.Groq(base_url="https://groq.proxy.internal").audio.transcriptions.create(file=b"", model="whisper-large-v3")

# ruleid: ai.together
Together().chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[])
# ruleid: ai.together
tg.Together(base_url="https://t.internal/v1").images.generate(prompt="cat", model="m")

# ruleid: ai.replicate
replicate.run("black-forest-labs/flux-schnell", input={"prompt": "cat"})
# ruleid: ai.replicate
rp.predictions.create(version="v", input={"prompt": "x"})
# ruleid: ai.replicate
replicate.Client(api_token="t", base_url="https://replicate.internal").run("owner/model", input={})


class Bot:
    def __init__(self):
        # ok: ai.groq
        self.llm = AsyncGroq()
        # ok: ai.cohere
        self.co = cohere.AsyncClientV2()

    async def reply(self, msgs):
        # ruleid: ai.groq
        await self.llm.chat.completions.create(model="m", messages=msgs)
        # ruleid: ai.cohere
        await self.co.chat(model="command-r", messages=msgs)


def run(model, **kw):
    return model


def look_alikes(cfg):
    # ok: ai.replicate
    run("owner/model", input={})
    # ok: ai.cohere
    cfg.get("chat")
    # ok: ai.mistral
    print("Mistral(api_key=k).chat.complete(model=m, messages=msgs)")
    # replicate.run("owner/model") disabled
    try:
        pass
    except ModelError:
        pass
