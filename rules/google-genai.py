from google import genai
from google.genai import types
import google.generativeai as legacy_genai
import google.generativeai
from google.generativeai import GenerativeModel
from google.api_core.exceptions import ResourceExhausted

# ok: ai.google-gemini
client = genai.Client(api_key="k")
# ruleid: ai.google-gemini host=generativelanguage.googleapis.com creds=GEMINI_API_KEY,GOOGLE_API_KEY
client.models.generate_content(model="gemini-2.0-flash", contents="Explain this contract")
# ruleid: ai.google-gemini
client.files.upload(file="scan.pdf")
# ok: ai.google-gemini
chat = client.chats.create(model="gemini-2.0-flash")
# ruleid: ai.google-gemini
chat.send_message("hello")
# ruleid: ai.google-gemini
genai.Client(http_options=types.HttpOptions(base_url="https://gw.internal")).models.embed_content(model="e", contents="x")

# ok: ai.google-gemini
legacy_genai.configure(api_key="k")
# ok: ai.google-gemini
model = GenerativeModel("gemini-1.5-flash")
# ruleid: ai.google-gemini
model.generate_content("summarise: ...")
# ruleid: ai.google-gemini
model.start_chat().send_message("hi")
# ruleid: ai.google-gemini
google.generativeai.embed_content(model="models/text-embedding-004", content="doc")


class Summariser:
    def __init__(self):
        self.gc = genai.Client()

    async def run(self, text):
        # ruleid: ai.google-gemini
        return await self.gc.aio.models.generate_content(model="gemini-2.0-flash", contents=text)


class Models:
    def generate_content(self, text):
        return text


def look_alikes(cfg):
    # ok: ai.google-gemini
    Models().generate_content("x")
    # ok: ai.google-gemini
    cfg.get("generate_content")
    # ok: ai.google-gemini
    print("client.models.generate_content(model=m, contents=c)")
    # model.generate_content(prompt) disabled
    try:
        pass
    except ResourceExhausted:
        pass
