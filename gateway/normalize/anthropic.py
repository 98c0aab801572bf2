"""Anthropic Messages request bodies → segments and attachments; unknown blocks are refused."""

from __future__ import annotations

from typing import Any

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

_MESSAGES_KEYS = frozenset(
    {
        "model",
        "messages",
        "system",
        "max_tokens",
        "metadata",
        "stop_sequences",
        "stream",
        "temperature",
        "top_p",
        "top_k",
        "tools",
        "tool_choice",
        "thinking",
        "service_tier",
    }
)
_COUNT_KEYS = frozenset({"model", "messages", "system", "tools", "tool_choice", "thinking"})
_COMMON_BLOCK_KEYS = frozenset({"type", "cache_control"})


def messages(body: dict[str, Any], col: Collector, *, count_tokens: bool = False) -> None:
    if "mcp_servers" in body or "container" in body:
        raise unsupported("remote MCP servers or provider containers")
    check_keys(body, _COUNT_KEYS if count_tokens else _MESSAGES_KEYS, ())
    system = body.get("system")
    if isinstance(system, str):
        col.text(system, ("system",), "system", "text")
    elif isinstance(system, list):
        for j, block in enumerate(system):
            _block(col, block, ("system", j), "system", None)
    elif system is not None:
        raise bad_request("system must be a string or an array of blocks.")
    for i, raw in enumerate(require_list(body.get("messages"), ("messages",))):
        path: Path = ("messages", i)
        msg = require_dict(raw, path)
        check_keys(msg, frozenset({"role", "content"}), path)
        role = msg.get("role")
        if role not in {"user", "assistant"}:
            raise unsupported(f"an unknown message role at {where((*path, 'role'))}")
        content = msg.get("content")
        if isinstance(content, str):
            col.text(content, (*path, "content"), role, "text", i)
        else:
            for j, block in enumerate(require_list(content, (*path, "content"))):
                _block(col, block, (*path, "content", j), role, i)
    col.params(body, _NOT_PARAMS)


_NOT_PARAMS = frozenset({"model", "messages", "system"})


def _block(col: Collector, raw: Any, path: Path, role: str, index: int | None) -> None:
    block = require_dict(raw, path)
    kind = block.get("type")
    if kind == "text":
        check_keys(block, _COMMON_BLOCK_KEYS | {"text", "citations"}, path)
        col.text(block.get("text"), (*path, "text"), role, "text", index)
        if block.get("citations"):
            col.leaves(block["citations"], (*path, "citations"), role, "citation", index)
    elif kind in {"image", "document"}:
        check_keys(block, _COMMON_BLOCK_KEYS | {"source", "title", "context", "citations"}, path)
        for key in ("title", "context"):
            if block.get(key) is not None:
                col.text(block[key], (*path, key), role, key, index)
        _source(
            col, kind, require_dict(block.get("source"), (*path, "source")), (*path, "source"), role, index
        )
    elif kind in {"tool_use", "server_tool_use"}:
        check_keys(block, _COMMON_BLOCK_KEYS | {"id", "name", "input"}, path)
        col.leaves({"name": block.get("name"), "input": block.get("input")}, path, role, "tool_call", index)
    elif kind == "tool_result":
        check_keys(block, _COMMON_BLOCK_KEYS | {"tool_use_id", "content", "is_error"}, path)
        content = block.get("content")
        if isinstance(content, str):
            col.text(content, (*path, "content"), "tool", "tool_result", index)
        elif content is not None:
            for j, inner in enumerate(require_list(content, (*path, "content"))):
                _block(col, inner, (*path, "content", j), "tool", index)
    elif kind == "thinking":
        check_keys(block, _COMMON_BLOCK_KEYS | {"thinking", "signature"}, path)
        col.text(block.get("thinking"), (*path, "thinking"), role, "thinking", index)
    elif kind == "redacted_thinking":
        # The provider's own encrypted reasoning, returned unchanged: opaque by design.
        check_keys(block, _COMMON_BLOCK_KEYS | {"data"}, path)
    elif kind == "search_result":
        check_keys(block, _COMMON_BLOCK_KEYS | {"source", "title", "content", "citations"}, path)
        col.leaves(
            {"source": block.get("source"), "title": block.get("title")}, path, role, "search_result", index
        )
        for j, inner in enumerate(require_list(block.get("content") or [], (*path, "content"))):
            _block(col, inner, (*path, "content", j), role, index)
    else:
        raise unsupported(f"an unknown content block type at {where(path)}")


def _source(
    col: Collector, kind: str, source: dict[str, Any], path: Path, role: str, index: int | None
) -> None:
    stype = source.get("type")
    if stype == "base64":
        check_keys(source, frozenset({"type", "media_type", "data"}), path)
        media = source.get("media_type")
        col.base64_payload(kind, media if isinstance(media, str) else "", source.get("data"), (*path, "data"))
    elif stype == "url":
        check_keys(source, frozenset({"type", "url"}), path)
        col.url_payload(kind, source.get("url"), (*path, "url"))
    elif stype == "file":
        check_keys(source, frozenset({"type", "file_id"}), path)
        col.reference("provider_file", str(source.get("file_id")), (*path, "file_id"))
    elif stype == "text" and kind == "document":
        check_keys(source, frozenset({"type", "media_type", "data"}), path)
        col.text(source.get("data"), (*path, "data"), role, "document", index)
    elif stype == "content" and kind == "document":
        check_keys(source, frozenset({"type", "content"}), path)
        content = source.get("content")
        if isinstance(content, str):
            col.text(content, (*path, "content"), role, "document", index)
        else:
            for j, inner in enumerate(require_list(content, (*path, "content"))):
                _block(col, inner, (*path, "content", j), role, index)
    else:
        raise unsupported(f"an unknown {kind} source type at {where(path)}")
