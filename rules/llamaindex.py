from llama_index.llms.openai import OpenAI
from llama_index.llms.anthropic import Anthropic as LIAnthropic
import llama_index.llms.ollama as li_ollama
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.core import VectorStoreIndex, Settings
from llama_index.core.llms import ChatMessage

# ok: ai.llamaindex
llm = OpenAI(model="gpt-4o-mini")
# ruleid: ai.llamaindex
llm.complete("summarise the report")
# ruleid: ai.llamaindex
LIAnthropic(model="claude-sonnet-4-5").chat([ChatMessage(role="user", content="hi")])
# ruleid: ai.llamaindex host=gpu.internal:11434 creds=-
li_ollama.Ollama(model="llama3.1", base_url="http://gpu.internal:11434").complete("hi")
# ruleid: ai.llamaindex
OpenAIEmbedding(api_base="https://proxy.internal/v1").get_text_embedding("chunk")
# ok: ai.llamaindex
Settings.llm = llm
# ok: ai.llamaindex
index = VectorStoreIndex([])


class Agent:
    def __init__(self):
        self.llm = OpenAI(model="gpt-4o")

    async def run(self, msgs):
        # ruleid: ai.llamaindex
        return await self.llm.achat(msgs)


class LocalLLM:
    def complete(self, text):
        return text


def look_alikes(cfg):
    # ok: ai.llamaindex
    LocalLLM().complete("x")
    # ok: ai.llamaindex
    cfg.get("complete")
    # ok: ai.llamaindex
    print("OpenAI(model=m).complete(prompt)")
    # llm.complete(prompt) disabled
    try:
        pass
    except ValueError:
        pass
