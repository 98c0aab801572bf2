"""Application factory: long-lived resources are built in ``cleanup_ctx``, never per request."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor

import aiohttp
import structlog
from aiohttp import web

from gateway import state
from gateway.audit import AuditWriter
from gateway.errors import GatewayError, error_response
from gateway.policy import build_pipeline
from gateway.proxy import handle, new_request_id
from gateway.routing import Router
from gateway.settings import Protocol, Settings
from gateway.store import open_store
from gateway.tokens import TokenAuthenticator

log = structlog.get_logger("gateway.app")


async def _resources(app: web.Application) -> AsyncIterator[None]:
    settings = app[state.SETTINGS]
    store = await open_store(settings.store)
    executor = ThreadPoolExecutor(settings.policy.worker_threads, thread_name_prefix="filter")
    audit = AuditWriter(store, settings.store.audit_queue_size)
    audit.start()
    sessions = {
        name: aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=upstream.max_connections),
            timeout=aiohttp.ClientTimeout(
                total=upstream.total_timeout_s,
                sock_connect=upstream.connect_timeout_s,
                sock_read=upstream.read_timeout_s,
            ),
            # The gateway talks only to configured hosts; it does not honour proxy variables or netrc.
            trust_env=False,
        )
        for name, upstream in settings.upstreams.items()
    }
    app[state.STORE] = store
    app[state.EXECUTOR] = executor
    pipeline = build_pipeline(settings.policy, executor)
    await asyncio.get_running_loop().run_in_executor(executor, pipeline.warm_up)
    app[state.PIPELINE] = pipeline
    app[state.AUTH] = TokenAuthenticator(store, settings.auth.token_cache_seconds)
    app[state.AUDIT] = audit
    app[state.SESSIONS] = sessions
    try:
        yield
    finally:
        for session in sessions.values():
            await session.close()
        await audit.stop()
        executor.shutdown(wait=False, cancel_futures=True)
        await store.close()


async def _health(request: web.Request) -> web.Response:
    if request.method not in {"GET", "HEAD"}:
        err = GatewayError(405, "method_not_allowed", "The health check answers GET only.")
        return error_response(Protocol.OPENAI, err, new_request_id())
    return web.json_response(
        {"status": "ok"}, headers={"Cache-Control": "no-store", "X-Request-Id": new_request_id()}
    )


def make_app(settings: Settings) -> web.Application:
    # No middlewares: the catch-all route means aiohttp itself never answers 404/405, and every answer
    # of the gateway is built in its handler (a body-rewriting middleware would also break streaming).
    app = web.Application(client_max_size=settings.server.max_body_bytes)
    app[state.SETTINGS] = settings
    app[state.ROUTER] = Router(settings)
    app.cleanup_ctx.append(_resources)
    app.router.add_route("*", "/healthz", _health)
    app.router.add_route("*", "/{tail:.*}", handle)
    return app
