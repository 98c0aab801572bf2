"""Redactions are written back at the exact JSON place, with consistent placeholders."""

from __future__ import annotations

import json

import pytest

from filters.model import Action, Reason, Segment, Span
from gateway.redact import RedactionError, redact_body


def _reason(segment: int, start: int, end: int, entity: str = "PHONE") -> Reason:
    return Reason("f", "c", Action.REDACT, entity, Span(segment, start, end), 1.0)


def test_consistent_placeholders_across_segments() -> None:
    body = {"messages": [{"content": "a 555 b 666"}, {"content": [{"text": "c 555"}]}]}
    segments = (
        Segment("a 555 b 666", ("messages", 0, "content")),
        Segment("c 555", ("messages", 1, "content", 0, "text")),
    )
    out = json.loads(redact_body(body, segments, (_reason(0, 2, 5), _reason(0, 8, 11), _reason(1, 2, 5))))
    assert out["messages"][0]["content"] == "a <PHONE_1> b <PHONE_2>"
    assert out["messages"][1]["content"][0]["text"] == "c <PHONE_1>"


def test_overlapping_spans_merge() -> None:
    body = {"input": "call 555-0199 now"}
    out = json.loads(
        redact_body(body, (Segment("call 555-0199 now", ("input",)),), (_reason(0, 5, 9), _reason(0, 8, 13)))
    )
    assert out["input"] == "call <PHONE_1> now"


def test_unencodable_result_fails_closed() -> None:
    body = {"input": "x\ud800 555"}
    with pytest.raises(RedactionError):
        redact_body(body, (Segment("x\ud800 555", ("input",)),), (_reason(0, 3, 6),))


@pytest.mark.parametrize(
    ("segments", "reason"),
    [
        ((Segment("k", ("meta", "#key")),), _reason(0, 0, 1)),
        ((Segment("abc", ("input",)),), _reason(0, 2, 9)),
        ((Segment("abc", ("input",)),), _reason(3, 0, 1)),
        ((Segment("abc", ("missing",)),), _reason(0, 0, 1)),
        ((Segment("abc", ("input",)),), Reason("f", "c", Action.REDACT)),
    ],
)
def test_impossible_redactions_raise(segments: tuple[Segment, ...], reason: Reason) -> None:
    with pytest.raises(RedactionError):
        redact_body({"input": "abc", "meta": {"k": 1}}, segments, (reason,))
