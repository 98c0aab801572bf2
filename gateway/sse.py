"""Incremental reading of a relayed server-sent-events stream: knows when the stream ended properly.

A stream that stops before its protocol's terminal event was cut short (upstream crash, proxy
timeout); the client must be told, not left with a silently partial answer.
"""

from __future__ import annotations

_MAX_LINE = 1 << 20

# Per endpoint: the event names or data lines that mark a complete stream.
TERMINAL_EVENTS: dict[str, frozenset[bytes]] = {
    "chat.completions": frozenset({b"data: [DONE]", b"data:[DONE]"}),
    "responses": frozenset({b"response.completed", b"response.failed", b"response.incomplete", b"error"}),
    "messages": frozenset({b"message_stop", b"error"}),
    "images.generations": frozenset({b"image_generation.completed", b"error"}),
    "images.edits": frozenset({b"image_edit.completed", b"error"}),
    "audio.speech": frozenset({b"speech.audio.done", b"error"}),
    "audio.transcriptions": frozenset({b"transcript.text.done", b"error"}),
}


class StreamTracker:
    """Feeds on raw chunks (split anywhere, even inside a line) and notes the terminal event."""

    def __init__(self, endpoint: str) -> None:
        self._terminals = TERMINAL_EVENTS.get(endpoint, frozenset())
        self._partial = b""
        self.complete = not self._terminals

    def feed(self, chunk: bytes) -> None:
        if self.complete:
            return
        data = self._partial + chunk
        lines = data.split(b"\n")
        self._partial = lines.pop()[-_MAX_LINE:]
        for raw in lines:
            line = raw.rstrip(b"\r")
            if line in self._terminals:
                self.complete = True
                return
            if line.startswith(b"event:") and line[6:].strip() in self._terminals:
                self.complete = True
                return
