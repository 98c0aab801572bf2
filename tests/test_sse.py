"""Streams are cut into whole events however their bytes are split, and their end is recognised."""

from __future__ import annotations

import pytest

from gateway.sse import EventParser, StreamFormatError, is_terminal

CHAT = 'data: {"choices": [{"delta": {"content": "caf\u00e9 \u2615"}}]}\n\ndata: [DONE]\n\n'.encode()
ANTHROPIC = b'event: message_delta\ndata: {}\n\nevent: message_stop\r\ndata: {"type": "message_stop"}\r\n\r\n'


def _events(stream: bytes, size: int) -> list[object]:
    parser = EventParser()
    events = []
    for i in range(0, len(stream), size):
        events.extend(parser.feed(stream[i : i + size]))
    assert parser.leftover() == b""
    return events


@pytest.mark.parametrize(
    ("endpoint", "stream", "count"), [("chat.completions", CHAT, 2), ("messages", ANTHROPIC, 2)]
)
@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_whole_events_at_any_split(endpoint: str, stream: bytes, count: int, size: int) -> None:
    events = _events(stream, size)
    assert len(events) == count
    assert b"".join(e.raw for e in events) == stream  # type: ignore[attr-defined]
    assert is_terminal(endpoint, events[-1])  # type: ignore[arg-type]
    assert not is_terminal(endpoint, events[0])  # type: ignore[arg-type]


def test_fields_are_parsed() -> None:
    [event] = EventParser().feed(b'event: response.completed\ndata: {"a": 1}\n: a comment\n\n')
    assert (event.name, event.data) == ("response.completed", '{"a": 1}')
    assert is_terminal("responses", event)


@pytest.mark.parametrize(
    ("endpoint", "stream"),
    [
        ("chat.completions", b'data: {"text": "data: [DONE]"}\n\n'),
        ("messages", b"event: message_delta\ndata: {}\n\n"),
        ("responses", b"event: response.output_text.delta\ndata: {}\n\n"),
    ],
)
def test_events_that_do_not_end_a_stream(endpoint: str, stream: bytes) -> None:
    [event] = EventParser().feed(stream)
    assert not is_terminal(endpoint, event)


def test_invalid_utf8_and_oversized_events_are_refused() -> None:
    with pytest.raises(StreamFormatError):
        EventParser().feed(b"data: \xff\xfe\n\n")
    with pytest.raises(StreamFormatError):
        EventParser(max_event_bytes=10).feed(b"data: " + b"x" * 100)
