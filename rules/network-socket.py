"""Fixture for socket, websocket, RPC and broker rules (never executed)."""
import asyncio
import socket
import ssl
import xmlrpc.client

import grpc
import websockets
from kafka import KafkaProducer

HOST = "203.0.113.7"

# ruleid: network.socket
s = socket.create_connection((HOST, 4444))

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# ruleid: network.socket host=db.example.net creds=-
sock.connect(("db.example.net", 5432))

udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# ruleid: network.socket.udp
udp.sendto(b"x", ("198.51.100.2", 9999))


async def stream(event):
    # ruleid: network.socket
    reader, writer = await asyncio.open_connection("api.example.net", 443)
    # ruleid: network.websocket
    async with websockets.connect("wss://stream.example.net/feed") as ws:
        await ws.send(event)


# ruleid: network.rpc
channel = grpc.insecure_channel("telemetry.example.net:50051")
proxy = xmlrpc.client.ServerProxy("http://rpc.example.net/")
# ruleid: network.rpc
proxy.upload(b"data")

# ruleid: network.broker
KafkaProducer(bootstrap_servers="broker.example.net:9092").send("events", value=b"1")

# ok: network.socket
name = socket.gethostname()
# ok: network.socket
ctx = ssl.create_default_context()
d = {}
# ok: network.socket
d.connect = None

# A send is reported at the send, with the host of the connect before it.
raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# ruleid: network.socket host=collector.example.net
raw.connect(("collector.example.net", 80))
# ruleid: network.socket.send host=collector.example.net
raw.send(b"POST /c HTTP/1.1\r\nHost: collector.example.net\r\n\r\n")
# ruleid: network.socket.send host=203.0.113.7
s.sendall(b"payload")


def beacon(data):
    c = socket.socket()
    # ruleid: network.socket host=203.0.113.8
    c.connect(("203.0.113.8", 4444))
    # ruleid: network.socket.send host=203.0.113.8
    c.sendall(data)


# Connecting a UDP socket sends no packet: the local-address trick is not egress.
probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# ok: network.socket
probe.connect(("8.8.8.8", 80))
local_ip = probe.getsockname()[0]
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as p2:
    # ok: network.socket
    p2.connect(("1.1.1.1", 53))
dgram = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
# ok: network.socket
dgram.connect(("198.51.100.3", 5353))
# ruleid: network.socket.send host=198.51.100.3
dgram.send(b"datagram")

unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
# ok: network.socket.send
unix.sendall(b"local")

# TLS: the legacy wrapper, and a handshake on an already connected socket.
# ruleid: network.socket host=203.0.113.53
ssl.wrap_socket(socket.socket()).connect(("203.0.113.53", 443))
# ruleid: network.socket host=tls.example.net
with socket.create_connection(("tls.example.net", 443)) as tcp:
    # ruleid: network.socket.tls host=tls.example.net
    with ctx.wrap_socket(tcp, server_hostname="tls.example.net") as tls:
        # ruleid: network.socket.send host=tls.example.net
        tls.sendall(b"hello")
# ok: network.socket.tls
unconnected = ssl.wrap_socket(socket.socket())

from multiprocessing.connection import Client

# ruleid: network.ipc-client host=203.0.113.54
conn = Client(("203.0.113.54", 6000), authkey=b"k")
# ruleid: network.ipc-client host=203.0.113.54
conn.send({"job": 1})
# ok: network.ipc-client
Client("/tmp/worker.sock")
# ok: network.ipc-client
Client(r"\\.\pipe\worker", family="AF_PIPE")


class Channel:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

    def push(self, data):
        # The socket was connected elsewhere: no host, never the address family.
        # ruleid: network.socket.send host=-
        self.sock.sendall(data)
