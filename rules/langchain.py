from langchain_openai import ChatOpenAI, OpenAIEmbeddings, AzureChatOpenAI
import langchain_openai as lco
import langchain_anthropic
from langchain_anthropic import ChatAnthropic
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_google_vertexai import ChatVertexAI
from langchain_aws import ChatBedrockConverse
from langchain_cohere import ChatCohere
from langchain_mistralai import ChatMistralAI
from langchain_groq import ChatGroq
from langchain_ollama import ChatOllama
from langchain_core.exceptions import OutputParserException

# ok: ai.langchain.openai
llm = ChatOpenAI(model="gpt-4o-mini")
# ruleid: ai.langchain.openai
llm.invoke("summarise the ticket")
# ruleid: ai.langchain.openai host=api.deepseek.com creds=OPENAI_API_KEY
lco.ChatOpenAI(model="deepseek-chat", base_url="https://api.deepseek.com").invoke("hi")
# ruleid: ai.langchain.openai
OpenAIEmbeddings().embed_documents(["doc one", "doc two"])
# ok: ai.langchain.openai
tooled = llm.bind_tools([])
# ruleid: ai.langchain.azure-openai
AzureChatOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_version="2024-06-01").invoke("hi")
# ruleid: ai.langchain.anthropic
langchain_anthropic.ChatAnthropic(model="claude-sonnet-4-5").invoke("hi")
# ruleid: ai.langchain.google-genai
ChatGoogleGenerativeAI(model="gemini-2.0-flash").invoke("hi")
# ruleid: ai.langchain.vertexai
ChatVertexAI(model="gemini-1.5-pro").batch(["a", "b"])
# ruleid: ai.langchain.bedrock
ChatBedrockConverse(model="anthropic.claude-3-haiku-20240307-v1:0").invoke("hi")
# ruleid: ai.langchain.cohere
ChatCohere().invoke("hi")
# ruleid: ai.langchain.mistral
ChatMistralAI(model="mistral-large-latest").invoke("hi")
# ruleid: ai.langchain.groq
ChatGroq(model="llama-3.3-70b-versatile").invoke("hi")
# ruleid: ai.langchain.ollama
ChatOllama(model="llama3.1", base_url="http://gpu-box.internal:11434").invoke("hi")


class RagChain:
    def __init__(self):
        self.model = ChatAnthropic(model="claude-sonnet-4-5")

    async def answer(self, q):
        # ruleid: ai.langchain.anthropic
        async for chunk in self.model.astream(q):
            yield chunk


def typed(model: ChatOpenAI, q):
    # ruleid: ai.langchain.openai
    return model.stream(q)


with_structured = llm.with_structured_output(dict)


class ChatModel:
    def invoke(self, text):
        return text


def look_alikes(cfg):
    # ok: ai.langchain.openai
    ChatModel().invoke("x")
    # ok: ai.langchain.openai
    cfg.get("invoke")
    # ok: ai.langchain.anthropic
    print("ChatAnthropic(model=m).invoke(q)")
    # llm.invoke("x") disabled
    try:
        pass
    except OutputParserException:
        pass
