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
