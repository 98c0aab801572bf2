"""Client protocols → one protocol-free view of everything a request would show the provider."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from filters.model import Attachment, Segment
from gateway.errors import GatewayError
from gateway.normalize import anthropic, multipart, openai
from gateway.normalize.common import Collector, bad_request
from gateway.routing import BodyKind, Endpoint
from gateway.settings import Protocol

_JSON_WALKERS: dict[tuple[Protocol, str], Callable[[dict[str, Any], Collector], None]] = {
    (Protocol.OPENAI, "chat.completions"): openai.chat,
    (Protocol.OPENAI, "responses"): openai.responses,
    (Protocol.OPENAI, "embeddings"): openai.embeddings,
    (Protocol.OPENAI, "images.generations"): openai.image_generation,
    (Protocol.OPENAI, "images.edits"): openai.image_edit_json,
    (Protocol.OPENAI, "audio.speech"): openai.speech,
    (Protocol.ANTHROPIC, "messages"): anthropic.messages,
    (Protocol.ANTHROPIC, "messages.count_tokens"): lambda b, c: anthropic.messages(b, c, count_tokens=True),
}


@dataclass(frozen=True, slots=True)
class NormalizedRequest:
    model: str
    stream: bool
    segments: tuple[Segment, ...]
    attachments: tuple[Attachment, ...]
    json_body: dict[str, Any] | None


def parse_json(body: bytes) -> dict[str, Any]:
    """Strict JSON: valid UTF-8, no NaN/Infinity, no lone surrogates, bounded nesting (orjson)."""
    if not body:
        raise GatewayError(400, "invalid_json", "The request body is empty; a JSON object is expected.")
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise GatewayError(
            400,
            "invalid_json",
            f"The request body is not valid UTF-8 JSON (line {exc.lineno}, column {exc.colno}).",
        ) from None
    if not isinstance(value, dict):
        raise bad_request("The request body must be a JSON object.")
    return value


def forward_body(normalized: NormalizedRequest, original: bytes) -> bytes:
    """What goes to the provider: for JSON, the gateway's own serialization of what it inspected.

    Re-serializing closes every parser-differential trick (duplicate keys, odd escapes, comments a
    lenient parser accepts): the provider reads exactly the structure the filters saw.
    """
    if normalized.json_body is None:
        return original
    return orjson.dumps(normalized.json_body)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def normalize(protocol: Protocol, endpoint: Endpoint, body: bytes, content_type: str) -> NormalizedRequest:
    col = Collector()
    media = _media_type(content_type)
    if endpoint.body is BodyKind.NONE:
        if body:
            raise bad_request("This endpoint takes no request body.")
        return NormalizedRequest("", False, (), (), None)
    if media == "multipart/form-data" and endpoint.body in {BodyKind.MULTIPART, BodyKind.JSON_OR_MULTIPART}:
        fields = multipart.parse(
            body,
            content_type,
            openai.MULTIPART_FIELDS[endpoint.name],
            openai.MULTIPART_FILES[endpoint.name],
            col,
        )
        return NormalizedRequest(
            fields.get("model", ""),
            fields.get("stream", "").lower() == "true",
            tuple(col.segments),
            tuple(col.attachments),
            None,
        )
    if media != "application/json" or endpoint.body is BodyKind.MULTIPART:
        expected = "multipart/form-data" if endpoint.body is BodyKind.MULTIPART else "application/json"
        raise GatewayError(415, "unsupported_media_type", f"This endpoint expects a {expected} body.")
    data = parse_json(body)
    model = data.get("model", "")
    if not isinstance(model, str):
        raise bad_request("model must be a string.")
    stream = data.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_request("stream must be true or false.")
    _JSON_WALKERS[(protocol, endpoint.name)](data, col)
    return NormalizedRequest(model, stream, tuple(col.segments), tuple(col.attachments), data)
