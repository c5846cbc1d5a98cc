import langfuse
import langfuse as lf
from langfuse import Langfuse, get_client, observe
from langfuse.langchain import CallbackHandler
# ruleid: ai.langfuse host=cloud.langfuse.com creds=LANGFUSE_PUBLIC_KEY,LANGFUSE_SECRET_KEY
from langfuse.openai import openai


# ruleid: ai.langfuse
@observe()
def answer(question):
    return question


# ruleid: ai.langfuse
@lf.observe(name="retrieve")
def retrieve(query):
    return query


def chain_config():
    # ruleid: ai.langfuse
    return {"callbacks": [CallbackHandler()]}


class Tracer:
    def __init__(self):
        # ok: ai.langfuse
        self.client = Langfuse(public_key="pk", secret_key="sk", host="https://langfuse.internal.example")

    def log(self, prompt, completion):
        # ruleid: ai.langfuse
        trace = self.client.trace(name="chat", input=prompt)
        # ruleid: ai.langfuse
        self.client.generation(trace_id=trace.id, input=prompt, output=completion)


def v3(user):
    client = get_client()
    # ruleid: ai.langfuse
    with client.start_as_current_span(name="request", input={"user": user}):
        pass
    # ruleid: ai.langfuse
    client.create_score(name="helpful", value=1, trace_id="t1")
    # ok: ai.langfuse
    client.create_trace_id()


# ok: ai.langfuse
idle = langfuse.Langfuse()


def observe_local(fn):
    return fn


def look_alikes(cfg):
    # ok: ai.langfuse
    observe_local(print)
    # ok: ai.langfuse
    cfg.get("trace")
    # ok: ai.langfuse
    print("decorate with @observe() to send traces to cloud.langfuse.com")


def typed(c: Langfuse) -> None:
    pass
