from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.sse import sse_client
import mcp.client.streamable_http as shttp
from mcp.client.streamable_http import streamablehttp_client
from fastmcp import Client
import fastmcp
from mcp.shared.exceptions import McpError

MCP_URL = "https://mcp.example.com/mcp"


async def remote():
    # ruleid: ai.mcp.remote
    async with streamablehttp_client(MCP_URL) as (read, write, _):
        async with ClientSession(read, write) as session:
            await session.call_tool("search", {"q": "x"})
    # ruleid: ai.mcp.remote host=tools.partner.io creds=-
    async with sse_client("https://tools.partner.io/sse", headers={"Authorization": "Bearer t"}) as (r, w):
        pass
    # ruleid: ai.mcp.remote
    async with shttp.streamable_http_client(url="http://mcp.internal:8000/mcp") as streams:
        pass
    # ok: ai.mcp.remote
    async with stdio_client(StdioServerParameters(command="python", args=["server.py"])) as (r, w):
        pass


async def with_fastmcp():
    # ruleid: ai.mcp.fastmcp
    async with Client("https://mcp.example.com/mcp") as c:
        await c.call_tool("search", {"q": "x"})
    # ruleid: ai.mcp.fastmcp
    fastmcp.Client(transport="wss://mcp.example.com/ws")
    # ok: ai.mcp.fastmcp
    async with Client("server.py") as local:
        pass


def sse_client_local(url):
    return url


def look_alikes(cfg):
    # ok: ai.mcp.remote
    sse_client_local("https://x")
    # ok: ai.mcp.remote
    cfg.get("sse_client")
    # ok: ai.mcp.remote
    print("streamablehttp_client('https://mcp.example.com/mcp')")
    try:
        pass
    except McpError:
        pass
