import langsmith
import langsmith as ls
from langsmith import Client, traceable
from langsmith.wrappers import wrap_openai
from openai import OpenAI

# ruleid: ai.langsmith host=api.smith.langchain.com creds=LANGCHAIN_API_KEY,LANGSMITH_API_KEY
llm = wrap_openai(OpenAI())


# ruleid: ai.langsmith
@traceable(run_type="chain", name="answer")
def answer(question):
    return question


# ruleid: ai.langsmith
@ls.traceable()
def retrieve(query):
    return query


class Datasets:
    def __init__(self):
        # ok: ai.langsmith
        self.client = Client(api_url="https://langsmith.internal.example", api_key="k")

    def upload(self, rows):
        # ruleid: ai.langsmith
        ds = self.client.create_dataset("support-tickets")
        # ruleid: ai.langsmith
        self.client.create_examples(inputs=[r["q"] for r in rows], dataset_id=ds.id)


client = langsmith.Client()
# ruleid: ai.langsmith
client.create_feedback(run_id="r1", key="helpful", score=1)
# ok: ai.langsmith
client.read_project(project_name="default")


def traceable_local(fn):
    return fn


def look_alikes(cfg):
    # ok: ai.langsmith
    traceable_local(print)
    # ok: ai.langsmith
    cfg.get("create_run")
    # ok: ai.langsmith
    print("set LANGSMITH_TRACING=true to enable @traceable uploads")


def typed(c: Client) -> None:
    try:
        pass
    except langsmith.utils.LangSmithError:
        pass
