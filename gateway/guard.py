"""Streamed outputs are released only after the text they carry has been scanned.

Events are held back until the generated text has run ``holdback`` characters past them and a scan
of the recent text found nothing: an identifier shorter than the hold-back window is never released
in part. Events that carry no text (headers of the answer, keep-alives) go out as soon as everything
before them has, so the time to the first byte is not delayed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from filters.model import Action, Verdict
from gateway.sse import Event

SCAN_STEP = 32  # new characters between two scans of a stream


class OutputGuard:
    def __init__(self, scan: Callable[[str], Verdict], holdback: int) -> None:
        self._scan = scan
        self._holdback = holdback
        self._text: list[str] = []
        self._total = 0
        self._scanned = 0  # text up to here has been scanned clean
        self._released = 0
        self._pending: deque[tuple[Event, int]] = deque()
        self.verdict: Verdict | None = None

    def add(self, event: Event, delta: str) -> list[Event] | None:
        """Events that may be sent now, or None when the text so far must not be released."""
        if delta:
            self._text.append(delta)
            self._total += len(delta)
        self._pending.append((event, self._total))
        if self._total - self._scanned >= SCAN_STEP and not self._check():
            return None
        return self._release(max(0, self._scanned - self._holdback))

    def finish(self) -> list[Event] | None:
        if self._total > self._scanned and not self._check():
            return None
        return self._release(self._total)

    @property
    def text(self) -> str:
        return "".join(self._text)

    def _check(self) -> bool:
        text = "".join(self._text)
        window = text[max(0, self._released - self._holdback) :]
        verdict = self._scan(window)
        if verdict.action >= Action.REDACT:
            self.verdict = verdict
            return False
        self._text = [text]
        self._scanned = self._total
        return True

    def _release(self, upto: int) -> list[Event]:
        out: list[Event] = []
        while self._pending and self._pending[0][1] <= upto:
            event, end = self._pending.popleft()
            out.append(event)
            self._released = max(self._released, end)
        return out
