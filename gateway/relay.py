"""Relaying the provider's answer: scanned before the crew member sees it, stamped as temporary.

Whole answers (JSON) are scanned and stamped with a provenance token that carries their hashes.
Streams are relayed event by event; when output scanning is on, events are held back until the text
they carry has been scanned (see :mod:`gateway.guard`), and the stream ends with an SSE comment that
carries the provenance token of the complete text. Binary answers (speech) are read whole, bounded by
the response limit, so that their hash can be stamped on them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from functools import lru_cache

import aiohttp
from aiohttp import web
from multidict import CIMultiDict

from filters.model import Action, Reason, Verdict
from gateway import state
from gateway.deadlines import Watch
from gateway.errors import SERVER_NAME, GatewayError, sse_error_event
from gateway.exchange import Exchange
from gateway.guard import OutputGuard
from gateway.outputs import TEXT_ENDPOINTS, event_text, json_output
from gateway.provenance import now, sha256, sign_fields
from gateway.routing import Route
from gateway.sse import EventParser, StreamFormatError, is_terminal

CLIENT_CLOSED = 499

# Response headers worth relaying; hop-by-hop, cookies and encodings (the body is decoded) are dropped.
_RELAY_RESPONSE_HEADERS = frozenset({"content-type", "retry-after", "openai-processing-ms", "openai-version"})
_RELAY_RESPONSE_PREFIXES = ("x-ratelimit-", "anthropic-ratelimit-")
_UPSTREAM_ID_HEADERS = frozenset({"x-request-id", "request-id"})
_OUTPUT_MESSAGE = (
    "The answer contained material the gateway may not pass on (for example personal data of people "
    "on the production), so it was withheld. Rephrase the request so the answer does not need it."
)
_INLINE_SCAN_CHARS = 8192


def relay_headers(upstream: aiohttp.ClientResponse, request_id: str) -> CIMultiDict[str]:
    headers: CIMultiDict[str] = CIMultiDict()
    for name, value in upstream.headers.items():
        lower = name.lower()
        if lower in _RELAY_RESPONSE_HEADERS or lower.startswith(_RELAY_RESPONSE_PREFIXES):
            headers[name] = value
        elif lower in _UPSTREAM_ID_HEADERS:
            headers["X-Upstream-Request-Id"] = value
    headers["X-Request-Id"] = request_id
    headers["Cache-Control"] = "no-store"
    headers["Server"] = SERVER_NAME
    return headers


def _stamp(
    request: web.Request,
    ex: Exchange,
    headers: CIMultiDict[str],
    output: bytes | None,
    text: str | None,
    assets: tuple[str, ...] = (),
) -> str:
    """Mark an answer as temporary and sign where it came from; returns the provenance token."""
    settings = request.app[state.SETTINGS].outputs
    issued = now()
    expires = issued + int(settings.ttl_hours * 3600)
    route, identity = ex.route, ex.identity
    # The fields of a Stamp, in its order (verify() reads them back into one).
    fields = {
        "request_id": ex.request_id,
        "production": identity.production if identity else "",
        "crew_id": identity.crew_id if identity else "",
        "upstream": route.upstream_name if route else "",
        "model": ex.model or "",
        "issued_at": issued,
        "expires_at": expires,
        "output_sha256": sha256(output) if output is not None else None,
        "text_sha256": sha256(text.encode()) if text else None,
        "assets": assets,
    }
    token = sign_fields(fields, request.app[state.PROVENANCE_KEY])
    headers["X-GenAI-Temporary"] = "true"
    headers["X-GenAI-Expires"] = _iso(expires)
    headers["X-GenAI-Provenance"] = token
    return token


@lru_cache(maxsize=4)
def _iso(timestamp: int) -> str:
    # One expiry a second for every answer in that second: formatted once.
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def _read_bounded(request: web.Request, upstream: aiohttp.ClientResponse) -> bytes:
    limit = request.app[state.SETTINGS].server.max_response_bytes
    too_large = GatewayError(
        502, "upstream_response_too_large", "The upstream's answer exceeds the gateway's limit."
    )
    length = upstream.content_length
    if length is not None and length > limit:
        raise too_large
    if length is not None:
        return await upstream.read()
    chunks: list[bytes] = []
    size = 0
    async for chunk in upstream.content.iter_any():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _block_output(ex: Exchange, verdict: Verdict) -> GatewayError:
    ex.decision = "output_block"
    ex.reasons = (*ex.reasons, *(_as_output(r) for r in verdict.deciding_reasons()))
    return GatewayError(403, "output_blocked", _OUTPUT_MESSAGE)


def _as_output(reason: Reason) -> Reason:
    return Reason(
        reason.filter,
        reason.code,
        Action.BLOCK,
        reason.entity_type,
        None,
        reason.score,
        ("output", *reason.details),
    )


async def relay_whole(
    request: web.Request, ex: Exchange, route: Route, upstream: aiohttp.ClientResponse
) -> web.StreamResponse:
    body = await _read_bounded(request, upstream)
    headers = relay_headers(upstream, ex.request_id)
    ex.status = upstream.status
    if upstream.status >= 400:
        return web.Response(body=body, status=upstream.status, headers=headers)
    text: str | None = None
    assets: tuple[str, ...] = ()
    if route.endpoint.name in TEXT_ENDPOINTS:
        extracted = json_output(route.endpoint.name, body)
        if extracted is None:
            raise GatewayError(
                502, "upstream_unreadable", "The upstream's answer could not be read, so it was withheld."
            )
        text, assets = extracted
        scanner = request.app[state.OUTPUT_SCANNER]
        if scanner.enabled and text:
            if len(text) <= _INLINE_SCAN_CHARS:
                verdict = scanner(text, ex)
            else:
                verdict = await asyncio.to_thread(scanner, text, ex)
            if verdict.action >= Action.REDACT:
                raise _block_output(ex, verdict)
    _stamp(request, ex, headers, body, text, assets)
    return web.Response(body=body, status=upstream.status, headers=headers)


async def relay_stream(
    request: web.Request, ex: Exchange, route: Route, upstream: aiohttp.ClientResponse, watch: Watch
) -> web.StreamResponse:
    endpoint = route.endpoint.name
    headers = relay_headers(upstream, ex.request_id)
    headers["X-Accel-Buffering"] = "no"
    ok = upstream.status < 400
    token = _stamp(request, ex, headers, None, None) if ok else None
    response = web.StreamResponse(status=upstream.status, headers=headers)
    await response.prepare(request)
    ex.status = upstream.status
    scanner = request.app[state.OUTPUT_SCANNER]
    holdback = request.app[state.SETTINGS].outputs.holdback_chars
    enabled = scanner.enabled and ok and endpoint in TEXT_ENDPOINTS
    guard = OutputGuard(lambda text: scanner(text, ex), holdback) if enabled else None
    parser = EventParser()
    texts: list[str] = []
    textual = ok and endpoint in TEXT_ENDPOINTS
    complete = not ok
    failure: str | None = None
    try:
        async for chunk in upstream.content.iter_any():
            watch.progress()
            for event in parser.feed(chunk):
                complete = complete or is_terminal(endpoint, event)
                if not textual:
                    await response.write(event.raw)
                    continue
                delta = event_text(endpoint, event.name, event.data)
                if delta is None:
                    raise StreamFormatError("an event's data is not JSON")
                texts.append(delta)
                if guard is None:
                    await response.write(event.raw)
                    continue
                released = guard.add(event, delta)
                if released is None:
                    failure = "output_blocked"
                    break
                for ready in released:
                    await response.write(ready.raw)
            if failure:
                break
        if failure is None and guard is not None:
            released = guard.finish()
            if released is None:
                failure = "output_blocked"
            else:
                for ready in released:
                    await response.write(ready.raw)
        if failure is None and parser.leftover().strip():
            await response.write(parser.leftover())
    except ConnectionResetError:
        ex.status, ex.decision = CLIENT_CLOSED, "client_closed"
        return response
    except StreamFormatError:
        failure = "upstream_unreadable"
    except asyncio.CancelledError:
        # The deadline sweep cancels a stalled exchange; the client gets a closing error event.
        if not watch.timed_out():
            raise
        failure = "upstream_timeout"
    except aiohttp.ClientError:
        failure = "upstream_truncated"
    if failure is None and not complete:
        failure = "upstream_truncated"
    try:
        if failure == "output_blocked" and guard is not None and guard.verdict is not None:
            _block_output(ex, guard.verdict)
            ex.code = failure
            await response.write(sse_error_event(ex.protocol, failure, _OUTPUT_MESSAGE, ex.request_id))
        elif failure is not None:
            ex.code, ex.decision = failure, "upstream_error"
            message = (
                f"The upstream '{route.upstream_name}' stopped before finishing its answer (or sent "
                "something the gateway could not read); the output above is incomplete."
            )
            await response.write(sse_error_event(ex.protocol, failure, message, ex.request_id))
        elif token is not None:
            final = _stamp(request, ex, CIMultiDict(), None, "".join(texts)) if textual else token
            # An SSE comment: every client ignores it, and the complete text's hash travels with it.
            await response.write(f": genai-provenance {final}\n\n".encode())
        await response.write_eof()
    except ConnectionResetError:
        ex.status, ex.decision = CLIENT_CLOSED, "client_closed"
    return response


async def relay_bytes(
    request: web.Request, ex: Exchange, upstream: aiohttp.ClientResponse
) -> web.StreamResponse:
    """Binary answers (speech audio) are read whole, within the response limit, so they can be stamped."""
    body = await _read_bounded(request, upstream)
    headers = relay_headers(upstream, ex.request_id)
    ex.status = upstream.status
    if upstream.status < 400:
        _stamp(request, ex, headers, body, None)
    return web.Response(body=body, status=upstream.status, headers=headers)
