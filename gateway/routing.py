"""Which paths exist: configured upstreams and, per protocol, the allowlisted endpoints.

Routing works on the raw, still-encoded request path and accepts only plain path segments, so no
encoding trick (``%2e%2e``, ``//``, backslashes, absolute URLs) can change which host or path the
request reaches: the upstream host always comes from the configuration, never from the request.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from yarl import URL

from filters.model import RouteKind
from gateway.errors import GatewayError
from gateway.settings import Protocol, Settings, UpstreamSettings


class BodyKind(enum.Enum):
    NONE = "none"
    JSON = "json"
    JSON_OR_MULTIPART = "json_or_multipart"
    MULTIPART = "multipart"


@dataclass(frozen=True, slots=True)
class Endpoint:
    name: str
    method: str
    pattern: re.Pattern[str]
    route: RouteKind
    body: BodyKind


def _ep(name: str, method: str, path: str, route: RouteKind, body: BodyKind) -> Endpoint:
    regex = "^" + re.escape(path).replace(r"\{id\}", r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,255}") + "$"
    return Endpoint(name, method, re.compile(regex), route, body)


ENDPOINTS: dict[Protocol, tuple[Endpoint, ...]] = {
    Protocol.OPENAI: (
        _ep("chat.completions", "POST", "v1/chat/completions", RouteKind.CHAT, BodyKind.JSON),
        _ep("responses", "POST", "v1/responses", RouteKind.RESPONSES, BodyKind.JSON),
        _ep("embeddings", "POST", "v1/embeddings", RouteKind.EMBEDDINGS, BodyKind.JSON),
        _ep("images.generations", "POST", "v1/images/generations", RouteKind.IMAGE, BodyKind.JSON),
        _ep("images.edits", "POST", "v1/images/edits", RouteKind.IMAGE, BodyKind.JSON_OR_MULTIPART),
        _ep("audio.speech", "POST", "v1/audio/speech", RouteKind.SPEECH, BodyKind.JSON),
        _ep(
            "audio.transcriptions",
            "POST",
            "v1/audio/transcriptions",
            RouteKind.TRANSCRIPTION,
            BodyKind.MULTIPART,
        ),
        _ep("models.list", "GET", "v1/models", RouteKind.MODELS, BodyKind.NONE),
        _ep("models.retrieve", "GET", "v1/models/{id}", RouteKind.MODELS, BodyKind.NONE),
    ),
    Protocol.ANTHROPIC: (
        _ep("messages", "POST", "v1/messages", RouteKind.CHAT, BodyKind.JSON),
        _ep(
            "messages.count_tokens", "POST", "v1/messages/count_tokens", RouteKind.TOKEN_COUNT, BodyKind.JSON
        ),
        _ep("models.list", "GET", "v1/models", RouteKind.MODELS, BodyKind.NONE),
        _ep("models.retrieve", "GET", "v1/models/{id}", RouteKind.MODELS, BodyKind.NONE),
    ),
}

# Endpoints whose purpose is to make the provider keep data (uploads, training, server-side state).
# They are refused with the policy code ``retention`` rather than a plain "not allowed".
_RETENTION_PREFIXES: dict[Protocol, tuple[str, ...]] = {
    Protocol.OPENAI: (
        "v1/files",
        "v1/uploads",
        "v1/fine_tuning",
        "v1/fine-tunes",
        "v1/batches",
        "v1/assistants",
        "v1/threads",
        "v1/vector_stores",
        "v1/evals",
        "v1/audio/voices",
        "v1/audio/voice_consents",
        "v1/conversations",
        "v1/containers",
        "v1/chat/completions/",
        "v1/responses/",
    ),
    Protocol.ANTHROPIC: ("v1/files", "v1/messages/batches", "v1/skills"),
}

# The version segment lives in the OpenAI base URL (as in the OpenAI SDK) but not in Anthropic's.
_VERSION_IN_BASE = {Protocol.OPENAI: True, Protocol.ANTHROPIC: False}

_SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@-]*$")


@dataclass(frozen=True, slots=True)
class Route:
    upstream_name: str
    upstream: UpstreamSettings
    endpoint: Endpoint
    target: URL


def split_raw_path(raw_path: str) -> tuple[str, str]:
    """Return (upstream name, tail) of a raw request path, refusing anything but plain segments."""
    path = raw_path.split("?", 1)[0]
    if not path.startswith("/") or "%" in path or "\\" in path or "//" in path:
        raise GatewayError(404, "unknown_route", "This path is not served by the gateway.")
    parts = path[1:].split("/")
    if len(parts) < 2 or not all(_SEGMENT.match(p) for p in parts) or any(p in {".", ".."} for p in parts):
        raise GatewayError(404, "unknown_route", "This path is not served by the gateway.")
    return parts[0], "/".join(parts[1:])


class Router:
    """Resolves raw paths against one configuration, remembering the answers for paths seen before.

    Only successful resolutions are remembered (a refusal raises), and the table is bounded, so a
    client cycling through model ids cannot grow it without limit.
    """

    def __init__(self, settings: Settings, max_entries: int = 4096) -> None:
        self._settings = settings
        self._max = max_entries
        self._cache: dict[tuple[str, str], Route] = {}

    def route(self, raw_path: str, method: str) -> Route:
        path = raw_path.split("?", 1)[0]
        key = (path, method)
        found = self._cache.get(key)
        if found is None:
            found = resolve(self._settings, *split_raw_path(path), method)
            if len(self._cache) >= self._max:
                self._cache.clear()
            self._cache[key] = found
        return found


def resolve(settings: Settings, upstream_name: str, tail: str, method: str) -> Route:
    upstream = settings.upstreams.get(upstream_name)
    if upstream is None:
        known = ", ".join(f"/{n}/" for n in sorted(settings.upstreams))
        raise GatewayError(
            404, "unknown_upstream", f"No upstream of that name is configured; known: {known}."
        )
    protocol = upstream.protocol
    for prefix in _RETENTION_PREFIXES[protocol]:
        # "x/" refuses only what lies below x (stored objects); "x" refuses x itself and below.
        if (
            tail.startswith(prefix)
            if prefix.endswith("/")
            else (tail == prefix or tail.startswith(prefix + "/"))
        ):
            raise GatewayError(
                403,
                "retention",
                "This endpoint stores data at the provider (files, fine-tuning, batches, assistants, "
                "stored responses or conversations). Generated and uploaded material must stay "
                "temporary, so the gateway does not forward it.",
            )
    matched_path = False
    for endpoint in ENDPOINTS[protocol]:
        if endpoint.pattern.match(tail):
            matched_path = True
            if endpoint.method == method:
                return Route(upstream_name, upstream, endpoint, _target(upstream, tail))
    if matched_path:
        raise GatewayError(
            405, "method_not_allowed", f"This endpoint does not accept {method} through the gateway."
        )
    raise GatewayError(
        404,
        "endpoint_not_allowed",
        f"This {protocol.value} endpoint is not on the gateway's allowlist. Allowed: "
        + ", ".join(sorted({e.name for e in ENDPOINTS[protocol]}))
        + ".",
    )


def _target(upstream: UpstreamSettings, tail: str) -> URL:
    rel = tail
    if _VERSION_IN_BASE[upstream.protocol]:
        rel = tail.split("/", 1)[1] if "/" in tail else ""
    # encoded=True: the tail was checked to hold only unreserved characters, keep it byte for byte.
    return URL(f"{upstream.base_url}/{rel}", encoded=True)
