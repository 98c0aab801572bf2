"""What a provider's answer says, protocol by protocol: the text to scan and the assets to hash.

``None`` from an extractor means the answer could not be read; the caller fails closed.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import orjson

from gateway.provenance import sha256

# Endpoints whose answers carry generated text or assets worth scanning and stamping with hashes.
TEXT_ENDPOINTS = frozenset(
    {
        "chat.completions",
        "responses",
        "messages",
        "images.generations",
        "images.edits",
        "audio.transcriptions",
    }
)


def _parts_text(content: Any) -> list[str]:
    if isinstance(content, str):
        return [content]
    out: list[str] = []
    if isinstance(content, list):
        for part in content:
            if isinstance(part, dict):
                for key in ("text", "refusal", "thinking"):
                    if isinstance(part.get(key), str):
                        out.append(part[key])
                if part.get("type") in {"tool_use", "server_tool_use"} and part.get("input") is not None:
                    out.append(orjson.dumps(part["input"]).decode())
    return out


def _chat(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for choice in data.get("choices") or []:
        message = choice.get("message") or {}
        out.extend(_parts_text(message.get("content")))
        if isinstance(message.get("refusal"), str):
            out.append(message["refusal"])
        for call in message.get("tool_calls") or []:
            arguments = (call.get("function") or {}).get("arguments")
            if isinstance(arguments, str):
                out.append(arguments)
    return out


def _responses(data: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for item in data.get("output") or []:
        if not isinstance(item, dict):
            continue
        out.extend(_parts_text(item.get("content")))
        out.extend(_parts_text(item.get("summary")))
        if isinstance(item.get("arguments"), str):
            out.append(item["arguments"])
    return out


def json_output(endpoint: str, body: bytes) -> tuple[str, tuple[str, ...]] | None:
    """The text of a non-streamed answer and the hashes of the images it carries."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    assets: list[str] = []
    if endpoint == "chat.completions":
        texts = _chat(data)
    elif endpoint == "responses":
        texts = _responses(data)
    elif endpoint == "messages":
        texts = _parts_text(data.get("content"))
    elif endpoint in {"images.generations", "images.edits"}:
        texts = []
        for image in data.get("data") or []:
            if isinstance(image, dict) and isinstance(image.get("revised_prompt"), str):
                texts.append(image["revised_prompt"])
            if isinstance(image, dict) and isinstance(image.get("b64_json"), str):
                try:
                    assets.append(sha256(base64.b64decode(image["b64_json"])))
                except (binascii.Error, ValueError):
                    return None
    elif endpoint == "audio.transcriptions":
        texts = [data["text"]] if isinstance(data.get("text"), str) else []
    else:
        texts = []
    return "\n".join(texts), tuple(assets)


def event_text(endpoint: str, event: str, data: str) -> str | None:
    """The generated text one streamed event adds ("" for events that carry none)."""
    if not data or data == "[DONE]":
        return ""
    try:
        payload = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(payload, dict):
        return None
    kind = payload.get("type") or event
    if endpoint == "chat.completions":
        out: list[str] = []
        for choice in payload.get("choices") or []:
            delta = choice.get("delta") or {}
            for key in ("content", "refusal"):
                if isinstance(delta.get(key), str):
                    out.append(delta[key])
            for call in delta.get("tool_calls") or []:
                arguments = (call.get("function") or {}).get("arguments")
                if isinstance(arguments, str):
                    out.append(arguments)
        return "".join(out)
    if endpoint == "messages":
        if kind == "content_block_delta":
            delta = payload.get("delta") or {}
            for key in ("text", "partial_json", "thinking"):
                if isinstance(delta.get(key), str):
                    return str(delta[key])
        return ""
    if endpoint in {"responses", "audio.transcriptions"}:
        textual = (
            isinstance(kind, str) and kind.endswith(".delta") and "audio" not in kind and "image" not in kind
        )
        if textual and isinstance(payload.get("delta"), str):
            return str(payload["delta"])
        return ""
    return ""
