"""The request handler: route, authenticate, normalize, filter, forward, relay, audit.

Filtering happens here, in the handler, never in a middleware: a middleware that rewrites bodies
would break streaming.
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import logging
import secrets
import time

import aiohttp
import structlog
from aiohttp import web
from multidict import CIMultiDict

from filters.model import Action, FilterInput, Reason, Verdict
from filters.pipeline import Pipeline
from gateway import state
from gateway.errors import GatewayError, error_response
from gateway.exchange import Exchange
from gateway.normalize import NormalizedRequest, forward_body, normalize
from gateway.redact import RedactionError, redact_body
from gateway.relay import CLIENT_CLOSED, relay_bytes, relay_stream, relay_whole
from gateway.routing import Route
from gateway.settings import Protocol, Settings
from gateway.store.base import AuditRecord
from gateway.tokens import UNKNOWN, CrewIdentity

log = structlog.get_logger("gateway.proxy")

USE_HEADER = "X-GenAI-Use"
CONSENT_HEADER = "X-Consent-Ref"

# Request headers a client may pass to the provider; everything else (cookies, its own credentials,
# SDK telemetry) stays behind.
_FORWARD_REQUEST_HEADERS = ("Accept", "Anthropic-Version", "Anthropic-Beta", "OpenAI-Beta")


_ID_PREFIX = "req_" + secrets.token_hex(6)
_id_counter = itertools.count(1)


def new_request_id() -> str:
    """Unique across replicas (random per-process prefix) without a system call per request."""
    return f"{_ID_PREFIX}{next(_id_counter):012x}"


def _guess_protocol(request: web.Request, settings: Settings) -> Protocol:
    first = request.raw_path.lstrip("/").split("/", 1)[0]
    upstream = settings.upstreams.get(first)
    if upstream is not None:
        return upstream.protocol
    if "x-api-key" in request.headers or "anthropic-version" in request.headers:
        return Protocol.ANTHROPIC
    return Protocol.OPENAI


async def handle(request: web.Request) -> web.StreamResponse:
    settings = request.app[state.SETTINGS]
    ex = Exchange(new_request_id(), time.perf_counter())
    try:
        response = await _handle(request, ex)
    except GatewayError as err:
        if ex.route is None:
            ex.protocol = _guess_protocol(request, settings)
        ex.status, ex.code = err.status, err.code
        if ex.decision in {"allow", "redact"} and err.status >= 500:
            ex.decision = "upstream_error"
        response = error_response(ex.protocol, err, ex.request_id)
    except asyncio.CancelledError:
        ex.status, ex.decision = CLIENT_CLOSED, "client_closed" if ex.decision == "allow" else ex.decision
        _finish(request, ex)
        raise
    except Exception as exc:
        if ex.route is None:
            ex.protocol = _guess_protocol(request, settings)
        # A bug must not leak a stack trace or take the gateway down; the type name is enough to find it.
        log.error("internal_error", request_id=ex.request_id, error=type(exc).__name__)
        ex.status, ex.code, ex.decision = 500, "internal_error", "error"
        response = error_response(
            ex.protocol,
            GatewayError(
                500, "internal_error", "The gateway failed to handle this request; it was not forwarded."
            ),
            ex.request_id,
        )
    _finish(request, ex)
    return response


async def _handle(request: web.Request, ex: Exchange) -> web.StreamResponse:
    app = request.app
    settings = app[state.SETTINGS]
    route = app[state.ROUTER].route(request.raw_path, request.method)
    ex.route, ex.protocol = route, route.upstream.protocol
    token = _token(request, ex.protocol)
    auth = app[state.AUTH]
    # A cached answer needs no await; only a token not seen lately goes to the store.
    known = auth.cached(token)
    ex.identity = _accepted(await auth.authenticate(token) if known is UNKNOWN else known)
    ex.use = _declared_use(request, settings, ex.identity)
    body = await _read_body(request, settings.server.max_body_bytes)
    normalized = normalize(ex.protocol, route.endpoint, body, request.headers.get("Content-Type", ""))
    ex.model, ex.stream = normalized.model or None, normalized.stream
    _check_model(route, normalized.model)
    if not app[state.AUDIT].has_room():
        raise GatewayError(503, "audit_unavailable", "The audit log is not keeping up; try again shortly.")
    if not route.upstream.api_key.get_secret_value():
        raise GatewayError(
            503, "upstream_unconfigured", f"The upstream '{route.upstream_name}' has no API key configured."
        )
    _provider_retention(settings, route, normalized, ex)
    consent_ref = request.headers.get(CONSENT_HEADER, "").strip()[:128] or None
    body = await _apply_policy(app[state.PIPELINE], ex, normalized, body, consent_ref)
    return await _forward(request, ex, route, body)


def _token(request: web.Request, protocol: Protocol) -> str:
    token = request.headers.get("x-api-key", "") if protocol is Protocol.ANTHROPIC else ""
    if not token:
        scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            token = credentials.strip()
    if not token:
        where = (
            "the x-api-key header" if protocol is Protocol.ANTHROPIC else "an Authorization: Bearer header"
        )
        raise GatewayError(401, "missing_token", f"A crew token is required in {where}.")
    return token


def _accepted(identity: CrewIdentity | None) -> CrewIdentity:
    if identity is None:
        raise GatewayError(401, "invalid_token", "The crew token is not valid or has been revoked.")
    return identity


def _declared_use(request: web.Request, settings: Settings, identity: CrewIdentity) -> str:
    production = settings.productions.get(identity.production)
    if production is None or not production.notified_uses:
        raise GatewayError(
            403,
            "not_notified",
            f"Production '{identity.production}' has no GenAI use notified. Every use must be notified in "
            "advance: ask the production's GenAI contact to file the notification.",
        )
    use = request.headers.get(USE_HEADER, "").strip().lower() or production.default_use
    if use and use in production.notified_uses:
        return use
    notified = ", ".join(production.notified_uses)
    if not use:
        raise GatewayError(
            403,
            "use_not_declared",
            f"Declare the GenAI use of this request in the {USE_HEADER} header (notified for this "
            f"production: {notified}).",
        )
    raise GatewayError(
        403,
        "use_not_notified",
        f"This GenAI use has not been notified for production '{identity.production}' (notified: "
        f"{notified}). Ask the production's GenAI contact to notify it before using AI for it.",
    )


async def _read_body(request: web.Request, limit: int) -> bytes:
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in {"", "identity"}:
        raise GatewayError(415, "unsupported_encoding", "Compressed request bodies are not accepted.")
    too_large = GatewayError(
        413, "body_too_large", f"The request body is larger than the gateway's limit of {limit} bytes."
    )
    if request.content_length is not None:
        if request.content_length > limit:
            raise too_large
        return await request.read()
    chunks: list[bytes] = []  # chunked transfer: count as it arrives
    size = 0
    while chunk := await request.content.readany():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


_STORED_ENDPOINTS = frozenset({"chat.completions", "responses"})
# Endpoints where the provider keeps the conversation unless told not to.
_STORED_BY_DEFAULT = frozenset({"responses"})


def _provider_retention(
    settings: Settings, route: Route, normalized: NormalizedRequest, ex: Exchange
) -> None:
    """The provider must not keep the conversation: ``store`` is forced off (or refused)."""
    body = normalized.json_body
    endpoint = route.endpoint.name
    if body is None or endpoint not in _STORED_ENDPOINTS:
        return
    asked = body.get("store")
    if asked is False:
        return
    if settings.retention.store == "refuse" and asked is True:
        raise GatewayError(
            403,
            "retention",
            "The request asks the provider to store the conversation (store: true). Outputs are "
            "temporary: send it without store.",
        )
    # Written even where false is the provider's default, so a changed default cannot start storing.
    body["store"] = False
    if asked is True or endpoint in _STORED_BY_DEFAULT:
        # Audited only where it changed what the provider would have done.
        ex.reasons = (*ex.reasons, Reason("gateway", "store_forced_off", Action.ALLOW))


def _check_model(route: Route, model: str) -> None:
    allowed = route.upstream.models
    if not allowed or not model:
        return
    if not any(fnmatch.fnmatchcase(model, pattern) for pattern in allowed):
        raise GatewayError(
            403, "model_not_allowed", f"This model is not approved on the upstream '{route.upstream_name}'."
        )


async def _apply_policy(
    pipeline: Pipeline, ex: Exchange, normalized: NormalizedRequest, body: bytes, consent_ref: str | None
) -> bytes:
    if pipeline.empty:
        ex.decision = "allow"
        return forward_body(normalized, body)
    if ex.identity is None or ex.route is None or ex.use is None:
        raise RuntimeError("policy applied before authentication and routing")
    item = FilterInput(
        request_id=ex.request_id,
        production=ex.identity.production,
        crew_id=ex.identity.crew_id,
        declared_use=ex.use,
        route=ex.route.endpoint.route,
        model=normalized.model,
        segments=normalized.segments,
        attachments=normalized.attachments,
        consent_ref=consent_ref,
    )
    result = await pipeline.run(item)
    ex.filter_ms, ex.reasons = result.elapsed_ms, (*ex.reasons, *result.verdict.reasons)
    verdict = result.verdict
    ex.decision = verdict.action.label
    if verdict.action is Action.BLOCK:
        deciding = verdict.deciding_reasons()
        raise GatewayError(403, deciding[0].code, _policy_message(pipeline, deciding))
    if verdict.action is Action.REVIEW:
        raise GatewayError(
            403,
            "review_required",
            _policy_message(pipeline, verdict.deciding_reasons())
            + " This use needs legal review before it can be sent; quote the request id to request it.",
        )
    if verdict.action is Action.REDACT:
        return _redacted(normalized, verdict, ex)
    return forward_body(normalized, body)


def _policy_message(pipeline: Pipeline, reasons: tuple[Reason, ...]) -> str:
    messages: list[str] = []
    for reason in reasons:
        text = pipeline.message(reason)
        if text not in messages:
            messages.append(text)
    return " ".join(messages)


def _redacted(normalized: NormalizedRequest, verdict: Verdict, ex: Exchange) -> bytes:
    try:
        if normalized.json_body is None:
            raise RedactionError("only JSON bodies can be redacted")
        return redact_body(normalized.json_body, normalized.segments, verdict.deciding_reasons())
    except RedactionError:
        ex.decision = "block"
        raise GatewayError(
            403,
            "redaction_failed",
            "Part of this request had to be removed but could not be, so it was not sent. Remove the "
            "flagged personal or restricted details and try again.",
        ) from None


def _upstream_headers(request: web.Request, route: Route, body: bytes) -> CIMultiDict[str]:
    headers: CIMultiDict[str] = CIMultiDict()
    for name in _FORWARD_REQUEST_HEADERS:
        value = request.headers.get(name)
        if value is not None:
            headers[name] = value
    if body:
        headers["Content-Type"] = request.headers.get("Content-Type", "application/json")
    key = route.upstream.api_key.get_secret_value()
    if route.upstream.protocol is Protocol.ANTHROPIC:
        headers["x-api-key"] = key
        headers.setdefault("Anthropic-Version", "2023-06-01")
    else:
        headers["Authorization"] = f"Bearer {key}"
    return headers


async def _forward(request: web.Request, ex: Exchange, route: Route, body: bytes) -> web.StreamResponse:
    session = request.app[state.SESSIONS][route.upstream_name]
    target = route.target.with_query(request.query) if request.rel_url.raw_query_string else route.target
    upstream_settings = route.upstream
    watch = request.app[state.DEADLINES].watch(
        upstream_settings.read_timeout_s, upstream_settings.total_timeout_s
    )
    try:
        async with session.request(
            request.method,
            target,
            data=body or None,
            headers=_upstream_headers(request, route, body),
            allow_redirects=False,
        ) as upstream:
            watch.progress()
            ex.upstream_status = upstream.status
            content_type = upstream.headers.get("Content-Type", "")
            if upstream.status >= 400 and not content_type.startswith("application/json"):
                # An HTML page from a proxy or load balancer would break the client's error parsing.
                raise GatewayError(
                    502,
                    "upstream_error",
                    f"The upstream '{route.upstream_name}' answered with status {upstream.status} "
                    "and no API error.",
                )
            if content_type.startswith("text/event-stream"):
                return await relay_stream(request, ex, route, upstream, watch)
            if content_type.startswith("application/json"):
                return await relay_whole(request, ex, route, upstream)
            return await relay_bytes(request, ex, upstream)
    except GatewayError:
        raise
    except asyncio.CancelledError:
        if not watch.timed_out():
            raise
        raise _timeout(route) from None
    except TimeoutError:
        raise _timeout(route) from None
    except aiohttp.ClientConnectorError:
        raise GatewayError(
            502, "upstream_unreachable", f"The upstream '{route.upstream_name}' could not be reached."
        ) from None
    except aiohttp.ClientPayloadError:
        raise GatewayError(
            502, "upstream_truncated", f"The upstream '{route.upstream_name}' cut its answer short."
        ) from None
    except aiohttp.ClientError:
        raise GatewayError(
            502, "upstream_error", f"The upstream '{route.upstream_name}' failed to answer."
        ) from None
    finally:
        watch.close()


def _timeout(route: Route) -> GatewayError:
    return GatewayError(
        504, "upstream_timeout", f"The upstream '{route.upstream_name}' did not answer in time."
    )


def _finish(request: web.Request, ex: Exchange) -> None:
    latency_ms = (time.perf_counter() - ex.started) * 1000
    route = ex.route
    identity = ex.identity
    # Positional, in AuditRecord's field order: this runs for every request.
    record = AuditRecord(
        ex.request_id,
        time.time(),
        identity.crew_id if identity else None,
        identity.production if identity else None,
        route.upstream_name if route else None,
        route.endpoint.name if route else None,
        ex.model,
        ex.use,
        ex.decision,
        ex.code,
        tuple([r.to_dict() for r in ex.reasons]) if ex.reasons else (),
        ex.status,
        ex.upstream_status,
        round(latency_ms, 3),
        round(ex.filter_ms, 3) if ex.filter_ms is not None else None,
    )
    request.app[state.AUDIT].submit(record)
    # Every request is in the audit store; stdout carries the notable ones unless the level is debug,
    # which keeps a busy gateway's log volume (and its cost per request) proportionate.
    notable = ex.decision != "allow" or ex.status >= 400
    if not notable and not logging.root.isEnabledFor(logging.DEBUG):
        return
    (log.info if notable else log.debug)(
        "request",
        request_id=ex.request_id,
        crew_id=record.crew_id,
        production=record.production,
        upstream=record.upstream,
        endpoint=record.endpoint,
        model=record.model,
        decision=record.decision,
        code=record.code,
        status=record.status,
        upstream_status=record.upstream_status,
        latency_ms=record.latency_ms,
        filter_ms=record.filter_ms,
        stream=ex.stream,
    )
