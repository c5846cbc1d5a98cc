import litellm
import litellm as ll
from litellm import completion, Router
from litellm.exceptions import RateLimitError

# ruleid: ai.litellm
litellm.completion(model="anthropic/claude-3-5-sonnet-20240620", messages=[{"role": "user", "content": "hi"}])
# ruleid: ai.litellm
ll.embedding(model="text-embedding-3-small", input=["doc"])
# ruleid: ai.litellm host=llm-proxy.internal creds=ANTHROPIC_API_KEY,AZURE_API_KEY,GEMINI_API_KEY,OPENAI_API_KEY
completion(model="openai/gpt-4o", messages=[], api_base="https://llm-proxy.internal")

# ok: ai.litellm
router = Router(model_list=[{"model_name": "gpt", "litellm_params": {"model": "openai/gpt-4o"}}])
# ruleid: ai.litellm
router.completion(model="gpt", messages=[])


class Agent:
    def __init__(self):
        self.router = litellm.Router(model_list=[])

    async def step(self, msgs):
        # ruleid: ai.litellm
        return await self.router.acompletion(model="gpt", messages=msgs)


async def go():
    # ruleid: ai.litellm
    await litellm.acompletion(model="ollama/llama3", messages=[])


def look_alikes(cfg):
    # ok: ai.litellm
    cfg.get("completion")
    # ok: ai.litellm
    litellm.token_counter(model="gpt-4o", text="x")
    # ok: ai.litellm
    print("litellm.completion(model=m, messages=msgs)")
    # litellm.completion(model="x") disabled
    try:
        pass
    except RateLimitError:
        pass
