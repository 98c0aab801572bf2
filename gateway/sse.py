"""Incremental reading of a relayed server-sent-events stream, and whether it ended properly.

A stream that stops before its protocol's terminal event was cut short (upstream crash, proxy
timeout); the client must be told, not left with a silently partial answer.
"""

from __future__ import annotations

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


class StreamFormatError(ValueError):
    """The upstream's stream is not server-sent events the gateway can read."""


class Event:
    """One server-sent event: its exact bytes (relayed as they were) and its parsed fields."""

    __slots__ = ("data", "name", "raw")

    def __init__(self, raw: bytes, name: str, data: str) -> None:
        self.raw = raw
        self.name = name
        self.data = data


class EventParser:
    """Cuts a byte stream into whole events, whatever the chunk boundaries (mid-line, mid-character)."""

    def __init__(self, max_event_bytes: int = 8 << 20) -> None:
        self._buffer = b""
        self._max = max_event_bytes

    def feed(self, chunk: bytes) -> list[Event]:
        self._buffer += chunk
        events: list[Event] = []
        while True:
            cut = _event_end(self._buffer)
            if cut < 0:
                break
            raw, self._buffer = self._buffer[:cut], self._buffer[cut:]
            events.append(_parse(raw))
        if len(self._buffer) > self._max:
            raise StreamFormatError("an event exceeds the size limit")
        return events

    def leftover(self) -> bytes:
        return self._buffer


def _event_end(buffer: bytes) -> int:
    ends = [i + len(sep) for sep in (b"\n\n", b"\r\n\r\n", b"\r\r") if (i := buffer.find(sep)) >= 0]
    return min(ends) if ends else -1


def _parse(raw: bytes) -> Event:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise StreamFormatError("an event is not valid UTF-8") from None
    name = ""
    data: list[str] = []
    for line in text.splitlines():
        if not line or line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "event":
            name = value
        elif field == "data":
            data.append(value)
    return Event(raw, name, "\n".join(data))


def is_terminal(endpoint: str, event: Event) -> bool:
    terminals = TERMINAL_EVENTS.get(endpoint, frozenset())
    if event.data == "[DONE]":
        return b"data: [DONE]" in terminals
    return event.name.encode() in terminals or any(
        f'"type":"{t.decode()}"' in event.data.replace(" ", "") for t in terminals if t != b"data: [DONE]"
    )
