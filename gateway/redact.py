"""Writing redactions back into a JSON body at the exact places the flagged text came from.

Placeholders are consistent within a request (the same value gets the same ``<TYPE_n>``), so the
provider can still follow a conversation whose names and numbers were removed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import orjson

from filters.model import Reason, Segment


class RedactionError(ValueError):
    """A flagged span cannot be removed from the body; the request must be blocked instead."""


def redact_body(body: dict[str, Any], segments: tuple[Segment, ...], reasons: tuple[Reason, ...]) -> bytes:
    spans: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for reason in reasons:
        if reason.span is None:
            raise RedactionError("a redaction without a span")
        spans[reason.span.segment].append(
            (reason.span.start, reason.span.end, reason.entity_type or "REDACTED")
        )
    placeholders: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = defaultdict(int)
    for index in sorted(spans):
        if index >= len(segments):
            raise RedactionError("a span outside the request")
        segment = segments[index]
        if segment.path and segment.path[-1] == "#key":
            raise RedactionError("object keys cannot be redacted in place")
        text = segment.text
        pieces: list[str] = []
        cursor = 0
        for start, end, entity in _merge(spans[index]):
            if not 0 <= start < end <= len(text):
                raise RedactionError("a span outside its segment")
            key = (entity, text[start:end])
            if key not in placeholders:
                counters[entity] += 1
                placeholders[key] = f"<{entity}_{counters[entity]}>"
            pieces.extend((text[cursor:start], placeholders[key]))
            cursor = end
        pieces.append(text[cursor:])
        _set(body, segment.path, "".join(pieces))
    try:
        return orjson.dumps(body)
    except orjson.JSONEncodeError:
        raise RedactionError("the redacted body cannot be encoded") from None


def _merge(items: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, entity in sorted(items):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, entity))
    return merged


def _set(body: Any, path: tuple[str | int, ...], value: str) -> None:
    if not path:
        raise RedactionError("empty path")
    node: Any = body
    for step in path[:-1]:
        node = node[step]
    last = path[-1]
    fits = (isinstance(node, dict) and isinstance(last, str) and last in node) or (
        isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node)
    )
    if not fits or not isinstance(node[last], str):
        raise RedactionError("the path does not lead to a string")
    node[last] = value
