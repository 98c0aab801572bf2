"""Application factory: long-lived resources are built in ``cleanup_ctx``, never per request."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import AsyncIterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

import aiohttp
import structlog
from aiohttp import web

from gateway import state
from gateway.audit import AuditWriter
from gateway.deadlines import Deadlines
from gateway.errors import SERVER_NAME, GatewayError, error_response
from gateway.output_scan import OutputScanner
from gateway.policy import build_pipeline
from gateway.provenance import load_key
from gateway.proxy import handle, new_request_id
from gateway.routing import Router
from gateway.settings import Protocol, Settings
from gateway.store import open_store
from gateway.tokens import TokenAuthenticator

log = structlog.get_logger("gateway.app")


async def _resources(app: web.Application) -> AsyncIterator[None]:
    settings = app[state.SETTINGS]
    store = await open_store(settings.store)
    executor = _executor(settings)
    audit = AuditWriter(store, settings.store.audit_queue_size)
    audit.start()
    sessions = {
        name: aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=upstream.max_connections),
            # Only the connect limit is aiohttp's: silence and total time are watched by Deadlines,
            # which costs far less per request than aiohttp's per-request timers.
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=upstream.connect_timeout_s),
            # The gateway talks only to configured hosts; it does not honour proxy variables or netrc.
            trust_env=False,
            # One shared jar would send cookies a provider set for one crew member on everyone's
            # requests; the gateway keeps nothing the provider hands out.
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        for name, upstream in settings.upstreams.items()
    }
    limits = [u.read_timeout_s for u in settings.upstreams.values()]
    limits += [u.total_timeout_s for u in settings.upstreams.values()]
    deadlines = Deadlines(Deadlines.tick_for(limits))
    deadlines.start()
    app[state.STORE] = store
    app[state.EXECUTOR] = executor
    in_workers = settings.policy.worker_processes > 0
    pipeline = build_pipeline(settings.policy, executor, in_workers=in_workers)
    loop = asyncio.get_running_loop()
    if in_workers:
        # Start every worker (and load its models) before the first request, not during it.
        from filters import worker

        workers = settings.policy.worker_processes
        await asyncio.gather(*(loop.run_in_executor(executor, worker.ready) for _ in range(workers)))
    # Small requests are checked inline, in this process: its models are loaded now, not mid-request.
    await asyncio.to_thread(pipeline.warm_up)
    app[state.PIPELINE] = pipeline
    app[state.PROVENANCE_KEY] = load_key(
        settings.outputs.provenance_key.get_secret_value(), settings.store.data_dir
    )
    wanted = settings.outputs.filters if settings.outputs.filters is not None else ("personal_data",)
    output_filters = tuple(f for f in pipeline.filters if f.name in wanted)
    app[state.OUTPUT_SCANNER] = OutputScanner(output_filters if settings.outputs.scan else ())
    app[state.AUTH] = TokenAuthenticator(store, settings.auth.token_cache_seconds)
    app[state.AUDIT] = audit
    app[state.SESSIONS] = sessions
    app[state.DEADLINES] = deadlines
    try:
        yield
    finally:
        for session in sessions.values():
            await session.close()
        await deadlines.stop()
        await audit.stop()
        # Worker processes are joined so none outlives the gateway; threads may finish on their own.
        executor.shutdown(wait=isinstance(executor, ProcessPoolExecutor), cancel_futures=True)
        await store.close()


def _executor(settings: Settings) -> Executor:
    policy = settings.policy
    if policy.worker_processes > 0:
        from filters import worker
        from gateway.policy import filter_specs

        # spawn, not fork: the gateway process has threads and an event loop that must not be copied.
        return ProcessPoolExecutor(
            policy.worker_processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=worker.initialize,
            initargs=(filter_specs(policy),),
        )
    return ThreadPoolExecutor(policy.worker_threads, thread_name_prefix="filter")


async def _health(request: web.Request) -> web.Response:
    if request.method not in {"GET", "HEAD"}:
        err = GatewayError(405, "method_not_allowed", "The health check answers GET only.")
        return error_response(Protocol.OPENAI, err, new_request_id())
    return web.json_response(
        {"status": "ok"},
        headers={"Cache-Control": "no-store", "X-Request-Id": new_request_id(), "Server": SERVER_NAME},
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
