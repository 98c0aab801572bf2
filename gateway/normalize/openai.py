"""OpenAI-compatible request bodies → segments and attachments.

Every known field is walked; any field, message role, content part or input item the gateway does
not know is refused, because it could carry text or files past the filters.
"""

from __future__ import annotations

from typing import Any

from gateway.errors import GatewayError
from gateway.normalize.common import (
    Collector,
    Path,
    bad_request,
    check_keys,
    require_dict,
    require_list,
    unsupported,
    where,
)

_CHAT_KEYS = frozenset(
    {
        "messages",
        "model",
        "audio",
        "frequency_penalty",
        "function_call",
        "functions",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "metadata",
        "modalities",
        "n",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "reasoning_effort",
        "response_format",
        "safety_identifier",
        "seed",
        "service_tier",
        "stop",
        "store",
        "stream",
        "stream_options",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "user",
        "verbosity",
        "web_search_options",
    }
)
_TEXT_PART_KEYS = frozenset({"type", "text"})
# Most messages hold only these; the rest of a message is walked only when it has more.
_PLAIN_MESSAGE_KEYS = frozenset({"role", "content"})
_CHAT_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
_MESSAGE_KEYS = frozenset(
    {"role", "content", "name", "tool_calls", "tool_call_id", "function_call", "refusal"}
)

_RESPONSES_KEYS = frozenset(
    {
        "input",
        "model",
        "instructions",
        "include",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "parallel_tool_calls",
        "prompt_cache_key",
        "reasoning",
        "safety_identifier",
        "service_tier",
        "store",
        "stream",
        "stream_options",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "truncation",
        "user",
    }
)
_EMBEDDINGS_KEYS = frozenset({"input", "model", "dimensions", "encoding_format", "user"})
_IMAGE_GEN_KEYS = frozenset(
    {
        "prompt",
        "model",
        "n",
        "size",
        "quality",
        "style",
        "response_format",
        "user",
        "background",
        "moderation",
        "output_format",
        "output_compression",
        "partial_images",
        "stream",
    }
)
_IMAGE_EDIT_KEYS = _IMAGE_GEN_KEYS | {"images", "mask", "input_fidelity"}
_SPEECH_KEYS = frozenset(
    {"input", "model", "voice", "instructions", "response_format", "speed", "stream_format"}
)

# Fields each normalizer walks itself; every other field is scanned as a parameter.
_NOT_PARAMS_MESSAGES = frozenset({"messages", "model"})
_NOT_PARAMS_INPUT_INSTRUCTIONS = frozenset({"input", "instructions", "model"})
_NOT_PARAMS_INPUT = frozenset({"input", "model"})
_NOT_PARAMS_PROMPT = frozenset({"prompt", "model"})
_NOT_PARAMS_IMAGES_MASK_PROMPT = frozenset({"prompt", "model", "images", "mask"})


def chat(body: dict[str, Any], col: Collector) -> None:
    check_keys(body, _CHAT_KEYS, ())
    messages = require_list(body.get("messages"), ("messages",))
    for i, raw in enumerate(messages):
        path: Path = ("messages", i)
        msg = require_dict(raw, path)
        check_keys(msg, _MESSAGE_KEYS, path)
        role = msg.get("role")
        if role not in _CHAT_ROLES:
            raise unsupported(f"an unknown message role at {where((*path, 'role'))}")
        content = msg.get("content")
        if isinstance(content, str):
            col.text(content, (*path, "content"), role, "text", i)
        elif isinstance(content, list):
            for j, part in enumerate(content):
                _chat_part(col, part, (*path, "content", j), role, i)
        elif content is not None:
            raise bad_request(f"{where((*path, 'content'))} must be a string, an array or null.")
        if not _PLAIN_MESSAGE_KEYS.issuperset(msg):
            _message_extras(col, msg, path, role, i)
    col.params(body, _NOT_PARAMS_MESSAGES)


def _message_extras(col: Collector, msg: dict[str, Any], path: Path, role: str, i: int) -> None:
    for key in ("name", "refusal", "tool_call_id"):
        if msg.get(key) is not None:
            col.text(msg[key], (*path, key), role, key, i)
    if msg.get("tool_calls") is not None:
        col.leaves(
            require_list(msg["tool_calls"], (*path, "tool_calls")),
            (*path, "tool_calls"),
            role,
            "tool_call",
            i,
        )
    if msg.get("function_call") is not None:
        col.leaves(msg["function_call"], (*path, "function_call"), role, "tool_call", i)


def _chat_part(col: Collector, raw: Any, path: Path, role: str, index: int) -> None:
    part = require_dict(raw, path)
    kind = part.get("type")
    if kind == "text":
        check_keys(part, _TEXT_PART_KEYS, path)
        col.text(part.get("text"), (*path, "text"), role, "text", index)
    elif kind == "refusal":
        check_keys(part, frozenset({"type", "refusal"}), path)
        col.text(part.get("refusal"), (*path, "refusal"), role, "refusal", index)
    elif kind == "image_url":
        check_keys(part, frozenset({"type", "image_url"}), path)
        image = require_dict(part.get("image_url"), (*path, "image_url"))
        check_keys(image, frozenset({"url", "detail"}), (*path, "image_url"))
        col.url_payload("image", image.get("url"), (*path, "image_url", "url"))
    elif kind == "input_audio":
        check_keys(part, frozenset({"type", "input_audio"}), path)
        audio = require_dict(part.get("input_audio"), (*path, "input_audio"))
        check_keys(audio, frozenset({"data", "format"}), (*path, "input_audio"))
        fmt = audio.get("format")
        col.base64_payload(
            "audio",
            f"audio/{fmt}" if isinstance(fmt, str) else "",
            audio.get("data"),
            (*path, "input_audio", "data"),
        )
    elif kind == "file":
        check_keys(part, frozenset({"type", "file"}), path)
        _file_ref(col, require_dict(part.get("file"), (*path, "file")), (*path, "file"), role, index)
    else:
        raise unsupported(f"an unknown content part type at {where(path)}")


def _file_ref(col: Collector, file: dict[str, Any], path: Path, role: str, index: int) -> None:
    check_keys(file, frozenset({"file_data", "file_id", "filename", "file_url"}), path)
    if file.get("filename") is not None:
        col.text(file["filename"], (*path, "filename"), role, "filename", index)
    if file.get("file_data") is not None:
        col.url_payload("file", file["file_data"], (*path, "file_data"))
    elif file.get("file_url") is not None:
        col.url_payload("file", file["file_url"], (*path, "file_url"))
    elif file.get("file_id") is not None:
        col.reference("provider_file", str(file["file_id"]), (*path, "file_id"))
    else:
        raise bad_request(f"{where(path)} needs file_data, file_url or file_id.")


def responses(body: dict[str, Any], col: Collector) -> None:
    if "previous_response_id" in body or "conversation" in body:
        # The history would live at the provider, out of the filters' sight and kept there.
        raise GatewayError(
            403,
            "retention",
            "The request continues a conversation stored at the provider (previous_response_id or "
            "conversation). Stored state is not allowed: send the whole conversation in the request instead.",
        )
    check_keys(body, _RESPONSES_KEYS, ())
    if body.get("instructions") is not None:
        col.text(body["instructions"], ("instructions",), "system", "instructions")
    items = body.get("input")
    if isinstance(items, str):
        col.text(items, ("input",), "user", "text", 0)
    elif isinstance(items, list):
        for i, item in enumerate(items):
            _response_item(col, item, ("input", i), i)
    elif items is not None:
        raise bad_request("input must be a string or an array.")
    col.params(body, _NOT_PARAMS_INPUT_INSTRUCTIONS)


_RESPONSE_PARTS_TEXT = {
    "input_text": "text",
    "output_text": "text",
    "refusal": "refusal",
    "summary_text": "text",
}


def _response_item(col: Collector, raw: Any, path: Path, index: int) -> None:
    item = require_dict(raw, path)
    kind = item.get("type", "message")
    if kind == "message":
        check_keys(item, frozenset({"type", "role", "content", "id", "status"}), path)
        role = item.get("role")
        if role not in {"user", "assistant", "system", "developer"}:
            raise unsupported(f"an unknown message role at {where((*path, 'role'))}")
        content = item.get("content")
        if isinstance(content, str):
            col.text(content, (*path, "content"), role, "text", index)
            return
        for j, part in enumerate(require_list(content, (*path, "content"))):
            _response_part(col, part, (*path, "content", j), role, index)
    elif kind in {"function_call", "custom_tool_call"}:
        check_keys(item, frozenset({"type", "call_id", "name", "arguments", "input", "id", "status"}), path)
        col.leaves(
            {k: v for k, v in item.items() if k in {"name", "arguments", "input"}},
            path,
            "assistant",
            "tool_call",
            index,
        )
    elif kind in {"function_call_output", "custom_tool_call_output"}:
        check_keys(item, frozenset({"type", "call_id", "output", "id", "status"}), path)
        output = item.get("output")
        if isinstance(output, list):
            for j, part in enumerate(output):
                _response_part(col, part, (*path, "output", j), "tool", index)
        else:
            col.text(output, (*path, "output"), "tool", "tool_result", index)
    elif kind == "reasoning":
        # encrypted_content is the provider's own opaque reasoning state, handed back unchanged.
        check_keys(item, frozenset({"type", "id", "summary", "encrypted_content", "content", "status"}), path)
        for key in ("summary", "content"):
            for j, part in enumerate(require_list(item.get(key) or [], (*path, key))):
                _response_part(col, part, (*path, key, j), "assistant", index)
    else:
        raise unsupported(f"an input item type the gateway does not inspect at {where(path)}")


def _response_part(col: Collector, raw: Any, path: Path, role: str, index: int) -> None:
    part = require_dict(raw, path)
    kind = part.get("type")
    if isinstance(kind, str) and kind in _RESPONSE_PARTS_TEXT:
        key = _RESPONSE_PARTS_TEXT[kind]
        check_keys(part, frozenset({"type", key, "annotations", "logprobs"}), path)
        col.text(part.get(key), (*path, key), role, "text", index)
    elif kind == "input_image":
        check_keys(part, frozenset({"type", "image_url", "file_id", "detail"}), path)
        if part.get("image_url") is not None:
            col.url_payload("image", part["image_url"], (*path, "image_url"))
        elif part.get("file_id") is not None:
            col.reference("provider_file", str(part["file_id"]), (*path, "file_id"))
        else:
            raise bad_request(f"{where(path)} needs image_url or file_id.")
    elif kind == "input_file":
        check_keys(part, frozenset({"type", "file_data", "file_id", "filename", "file_url"}), path)
        _file_ref(col, {k: v for k, v in part.items() if k != "type"}, path, role, index)
    else:
        raise unsupported(f"an unknown content part type at {where(path)}")


def embeddings(body: dict[str, Any], col: Collector) -> None:
    check_keys(body, _EMBEDDINGS_KEYS, ())
    value = body.get("input")
    if isinstance(value, str):
        col.text(value, ("input",), "user", "text", 0)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        for i, text in enumerate(value):
            col.text(text, ("input", i), "user", "text", i)
    elif isinstance(value, list):
        raise unsupported("token-id arrays as embeddings input (only text can be inspected)")
    else:
        raise bad_request("input must be a string or an array of strings.")
    col.params(body, _NOT_PARAMS_INPUT)


def image_generation(body: dict[str, Any], col: Collector) -> None:
    check_keys(body, _IMAGE_GEN_KEYS, ())
    col.text(body.get("prompt"), ("prompt",), "user", "image_prompt", 0)
    col.params(body, _NOT_PARAMS_PROMPT)


def image_edit_json(body: dict[str, Any], col: Collector) -> None:
    check_keys(body, _IMAGE_EDIT_KEYS, ())
    col.text(body.get("prompt"), ("prompt",), "user", "image_prompt", 0)
    images = body.get("images") or []
    for i, raw in enumerate(require_list(images, ("images",))):
        _image_ref(col, raw, ("images", i))
    if body.get("mask") is not None:
        _image_ref(col, body["mask"], ("mask",))
    col.params(body, _NOT_PARAMS_IMAGES_MASK_PROMPT)


def _image_ref(col: Collector, raw: Any, path: Path) -> None:
    ref = require_dict(raw, path)
    check_keys(ref, frozenset({"image_url", "file_id"}), path)
    if ref.get("image_url") is not None:
        col.url_payload("image", ref["image_url"], (*path, "image_url"))
    elif ref.get("file_id") is not None:
        col.reference("provider_file", str(ref["file_id"]), (*path, "file_id"))
    else:
        raise bad_request(f"{where(path)} needs image_url or file_id.")


def speech(body: dict[str, Any], col: Collector) -> None:
    check_keys(body, _SPEECH_KEYS, ())
    col.text(body.get("input"), ("input",), "user", "speech_input", 0)
    col.params(body, _NOT_PARAMS_INPUT)


# Multipart endpoints: which text fields each accepts and which parts carry files.
MULTIPART_FIELDS = {
    "images.edits": frozenset(_IMAGE_EDIT_KEYS - {"images", "mask"}),
    "audio.transcriptions": frozenset(
        {
            "model",
            "prompt",
            "language",
            "response_format",
            "temperature",
            "timestamp_granularities[]",
            "stream",
            "include[]",
            "chunking_strategy",
            "known_speaker_names[]",
        }
    ),
}
MULTIPART_FILES = {
    "images.edits": frozenset({"image", "image[]", "mask"}),
    "audio.transcriptions": frozenset({"file", "known_speaker_references[]"}),
}
