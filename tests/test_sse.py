"""The stream tracker recognises a complete stream however its bytes are split."""

from __future__ import annotations

import pytest

from gateway.sse import StreamTracker

CHAT = b'data: {"choices": []}\n\ndata: [DONE]\n\n'
ANTHROPIC = b'event: message_delta\ndata: {}\n\nevent: message_stop\r\ndata: {"type": "message_stop"}\r\n\r\n'


@pytest.mark.parametrize(("endpoint", "stream"), [("chat.completions", CHAT), ("messages", ANTHROPIC)])
@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_complete_streams_at_any_split(endpoint: str, stream: bytes, size: int) -> None:
    tracker = StreamTracker(endpoint)
    for i in range(0, len(stream), size):
        tracker.feed(stream[i : i + size])
    assert tracker.complete


@pytest.mark.parametrize(
    ("endpoint", "stream"),
    [
        ("chat.completions", b'data: {"choices": []}\n\n'),
        ("chat.completions", b'data: {"text": "data: [DONE]"}\n\n'),
        ("messages", b"event: message_delta\ndata: {}\n\n"),
        ("responses", b"event: response.output_text.delta\ndata: {}\n\n"),
    ],
)
def test_incomplete_streams(endpoint: str, stream: bytes) -> None:
    tracker = StreamTracker(endpoint)
    tracker.feed(stream)
    assert not tracker.complete


def test_endpoints_without_a_terminal_event_are_complete() -> None:
    assert StreamTracker("models.list").complete
