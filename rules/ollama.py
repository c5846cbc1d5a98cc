import ollama
import ollama as ol
from ollama import Client, AsyncClient, chat, ResponseError

# ruleid: ai.ollama host=localhost:11434 creds=-
ollama.chat(model="llama3.1", messages=[{"role": "user", "content": "hi"}])
# ruleid: ai.ollama
ol.embed(model="nomic-embed-text", input="doc")
# ruleid: ai.ollama
chat(model="llama3.1", messages=[])

# ok: ai.ollama
remote = Client(host="http://gpu-box.internal:11434")
# ruleid: ai.ollama
remote.generate(model="llama3.1", prompt="summarise")

with Client() as local:
    # ruleid: ai.ollama
    local.push("org/model")


class Bot:
    def __init__(self):
        self.cli = AsyncClient(host="https://ollama.com")

    async def reply(self, msgs):
        # ruleid: ai.ollama
        return await self.cli.chat(model="gpt-oss:120b", messages=msgs)


def look_alikes(cfg, history):
    # ok: ai.ollama
    cfg.get("chat")
    # ok: ai.ollama
    history.chat(model="x")
    # ok: ai.ollama
    print("ollama.chat(model=m, messages=msgs)")
    # ollama.chat(model="x") disabled
    try:
        pass
    except ResponseError:
        pass
