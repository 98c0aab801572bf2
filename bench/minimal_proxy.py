"""The smallest useful aiohttp pass-through proxy: the ceiling of this stack, for comparison only."""

from __future__ import annotations

import asyncio
import sys

import aiohttp
from aiohttp import web

UPSTREAM = web.AppKey("upstream", str)
SESSION = web.AppKey("session", aiohttp.ClientSession)


async def forward(request: web.Request) -> web.Response:
    body = await request.read()
    tail = request.match_info["tail"]
    async with request.app[SESSION].post(
        f"{request.app[UPSTREAM]}/{tail}", data=body, headers={"Content-Type": "application/json"}
    ) as resp:
        return web.Response(body=await resp.read(), status=resp.status, content_type=resp.content_type)


async def session_ctx(app: web.Application):  # type: ignore[no-untyped-def]
    app[SESSION] = aiohttp.ClientSession()
    yield
    await app[SESSION].close()


def main() -> None:
    app = web.Application()
    app[UPSTREAM] = sys.argv[2]
    app.cleanup_ctx.append(session_ctx)
    app.router.add_post("/openai/v1/{tail:.*}", forward)
    # An optional third argument "uvloop" runs it on the same event loop as the gateway's default.
    loop: asyncio.AbstractEventLoop
    if sys.argv[3:] == ["uvloop"]:
        import uvloop

        loop = uvloop.new_event_loop()
    else:
        loop = asyncio.new_event_loop()
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None, loop=loop)


if __name__ == "__main__":
    main()
