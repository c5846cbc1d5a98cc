import anthropic
import anthropic as ant
from anthropic import Anthropic, AsyncAnthropic, APIStatusError

# ok: ai.anthropic
client = anthropic.Anthropic()
# ruleid: ai.anthropic host=api.anthropic.com creds=ANTHROPIC_API_KEY,ANTHROPIC_AUTH_TOKEN
client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=[{"role": "user", "content": "hi"}])
# ruleid: ai.anthropic host=llm-gateway.internal creds=ANTHROPIC_API_KEY,ANTHROPIC_AUTH_TOKEN
ant.Anthropic(base_url="https://llm-gateway.internal").messages.count_tokens(model="claude", messages=[])
# ruleid: ai.anthropic
Anthropic().beta.messages.create(model="claude", max_tokens=10, messages=[])
# ok: ai.anthropic
client.with_options(max_retries=5)

# ruleid: ai.anthropic
with client.messages.stream(model="claude", max_tokens=10, messages=[]) as stream:
    pass


class Reviewer:
    def __init__(self):
        self.claude = AsyncAnthropic()

    async def review(self, diff):
        # ruleid: ai.anthropic
        return await self.claude.messages.create(model="claude", max_tokens=500, messages=[diff])


def typed(c: Anthropic):
    # ruleid: ai.anthropic
    c.messages.batches.create(requests=[])


class Messages:
    def create(self, **kw):
        return kw


def look_alikes(cfg):
    # ok: ai.anthropic
    cfg.get("messages")
    # ok: ai.anthropic
    Messages().create(model="claude")
    # ok: ai.anthropic
    print("anthropic.Anthropic().messages.create(...)")
    # client.messages.create(model="claude") disabled
    try:
        pass
    except APIStatusError:
        pass
