import json
import boto3
import boto3 as aws
from boto3 import client
from anthropic import AnthropicBedrock, Anthropic

# ok: ai.bedrock
brt = boto3.client("bedrock-runtime", region_name="us-east-1")
# ruleid: ai.bedrock host=bedrock-runtime.us-east-1.amazonaws.com creds=AWS_ACCESS_KEY_ID,AWS_BEARER_TOKEN_BEDROCK,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN
brt.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=[])
# ruleid: ai.bedrock
aws.client("bedrock-runtime").invoke_model(modelId="m", body=json.dumps({}))
# ruleid: ai.bedrock
client("bedrock-agent-runtime").retrieve_and_generate(input={"text": "q"}, retrieveAndGenerateConfiguration={})
# ruleid: ai.bedrock host=vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com creds=AWS_ACCESS_KEY_ID,AWS_BEARER_TOKEN_BEDROCK,AWS_SECRET_ACCESS_KEY,AWS_SESSION_TOKEN
client("bedrock-runtime", endpoint_url="https://vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com").converse_stream(modelId="m", messages=[])

# ok: ai.bedrock
claude = AnthropicBedrock(aws_region="us-west-2")
# ruleid: ai.bedrock
claude.messages.create(model="anthropic.claude-3-5-sonnet", max_tokens=100, messages=[])


class Agent:
    def __init__(self):
        # ok: ai.bedrock
        self.rt = boto3.Session(profile_name="ml").client("bedrock-runtime")

    def ask(self, prompt):
        # ruleid: ai.bedrock
        return self.rt.invoke_model_with_response_stream(modelId="m", body=prompt)


def local(prompt):
    with_anthropic = Anthropic()
    # ok: ai.bedrock
    with_anthropic.messages.create(model="claude", max_tokens=10, messages=[])
    # ok: ai.bedrock
    brt.get_waiter("x")


class FakeRuntime:
    def converse(self, **kw):
        return kw


def look_alikes(opts):
    # ok: ai.bedrock
    opts.get("converse")
    # ok: ai.bedrock
    FakeRuntime().converse(modelId="m")
    # ok: ai.bedrock
    print("boto3.client('bedrock-runtime').invoke_model(...)")
    # brt.invoke_model(modelId="m") commented out
