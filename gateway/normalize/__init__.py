"""Client protocols → one protocol-free view of everything a request would show the provider."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A duplicated key could be read one way here and another way by the provider's parser.
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise bad_request("The JSON body repeats a key in one object.")
    return obj


def _reject_constant(name: str) -> Any:
    raise bad_request("The JSON body contains NaN or Infinity, which is not valid JSON.")


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("The request body is not valid UTF-8.") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise GatewayError(
            400,
            "invalid_json",
            f"The request body is not valid JSON (line {exc.lineno}, column {exc.colno}).",
        ) from None
    except RecursionError:
        raise bad_request("The JSON body is nested too deeply.") from None
    if not isinstance(value, dict):
        raise bad_request("The request body must be a JSON object.")
    return value


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
