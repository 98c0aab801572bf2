"""Application factory: long-lived resources are built in ``cleanup_ctx``, never per request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor

import aiohttp
import structlog
from aiohttp import web
from aiohttp.typedefs import Handler

from gateway import state
from gateway.audit import AuditWriter
from gateway.errors import GatewayError, error_response
from gateway.policy import build_pipeline
from gateway.proxy import handle, new_request_id
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
            # The gateway talks only to configured hosts; it does not honour proxy variables or netrc.
            trust_env=False,
        )
        for name, upstream in settings.upstreams.items()
    }
    app[state.STORE] = store
    app[state.EXECUTOR] = executor
    app[state.PIPELINE] = build_pipeline(settings.policy, executor)
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


async def _health(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


@web.middleware
async def _protocol_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turns aiohttp's own refusals (bad method on /healthz, …) into JSON instead of text/plain."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        rid = new_request_id()
        return error_response(Protocol.OPENAI, GatewayError(exc.status, "http_error", exc.reason), rid)


def make_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[_protocol_errors], client_max_size=settings.server.max_body_bytes)
    app[state.SETTINGS] = settings
    app.cleanup_ctx.append(_resources)
    app.router.add_get("/healthz", _health, allow_head=True)
    app.router.add_route("*", "/{tail:.*}", handle)
    return app
