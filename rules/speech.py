from deepgram import DeepgramClient
import deepgram
import assemblyai as aai
import assemblyai
from elevenlabs.client import ElevenLabs
from elevenlabs import ElevenLabs as EL
from elevenlabs.core import ApiError

# ok: ai.deepgram
dg = DeepgramClient("key")
# ruleid: ai.deepgram host=api.deepgram.com creds=DEEPGRAM_API_KEY
dg.listen.rest.v("1").transcribe_file({"buffer": b""}, {"model": "nova-3"})
# ruleid: ai.deepgram
deepgram.DeepgramClient().listen.v1.media.transcribe_url(url="https://example.com/a.wav")

# ok: ai.assemblyai
transcriber = aai.Transcriber()
# ruleid: ai.assemblyai
transcript = transcriber.transcribe("call-recording.mp3")
# ruleid: ai.assemblyai
transcript.lemur.task("summarise the call")
# ruleid: ai.assemblyai
assemblyai.Transcriber().submit("https://example.com/audio.mp3")

# ok: ai.elevenlabs
el = ElevenLabs(api_key="k")
# ruleid: ai.elevenlabs
el.text_to_speech.convert(voice_id="v", text="hello", model_id="eleven_multilingual_v2")
# ruleid: ai.elevenlabs host=api.us.elevenlabs.io creds=ELEVENLABS_API_KEY,ELEVEN_API_KEY
EL(base_url="https://api.us.elevenlabs.io").speech_to_text.convert(file=b"", model_id="scribe_v1")


class Narrator:
    def __init__(self):
        self.tts = ElevenLabs()

    def speak(self, text):
        # ruleid: ai.elevenlabs
        return self.tts.text_to_speech.stream(voice_id="v", text=text)


class Transcriber:
    def transcribe(self, path):
        return path


def look_alikes(cfg):
    # ok: ai.assemblyai
    Transcriber().transcribe("x.mp3")
    # ok: ai.deepgram
    cfg.get("transcribe_file")
    # ok: ai.elevenlabs
    print("ElevenLabs().text_to_speech.convert(text=t)")
    # transcriber.transcribe(path) disabled
    try:
        pass
    except ApiError:
        pass
