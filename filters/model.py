"""The values that cross the boundary between the gateway and the filters.

A :class:`Verdict` is built only from enums, ids, spans and scores: it has no field that could carry
prompt text, so it can be logged and stored as it is.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Action(enum.IntEnum):
    """What to do with a request; the numeric order is the strictness used to merge verdicts."""

    ALLOW = 0
    REDACT = 1
    REVIEW = 2
    BLOCK = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Action:
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(
                f"unknown action {value!r}; expected one of allow, redact, review, block"
            ) from None


class RouteKind(enum.StrEnum):
    """Which kind of provider call a request is, independent of the protocol that carries it."""

    CHAT = "chat"
    RESPONSES = "responses"
    EMBEDDINGS = "embeddings"
    IMAGE = "image"
    SPEECH = "speech"
    TRANSCRIPTION = "transcription"
    TOKEN_COUNT = "token_count"  # noqa: S105 -- a route name, not a secret
    MODELS = "models"


class Segment(NamedTuple):
    """One piece of text the provider would see, and where it sits in the request.

    A NamedTuple rather than a frozen dataclass: one is built for every piece of text of every
    request, and a frozen dataclass's ``__init__`` costs three times as much.

    ``path`` is a JSON-pointer-like tuple into the request body (for example
    ``("messages", 2, "content", 0, "text")``) so that a redaction can be written back to the
    exact place; ``role`` and ``part`` say what kind of text it is for the filters.
    """

    text: str
    path: tuple[str | int, ...]
    role: str = "user"
    part: str = "text"
    message_index: int | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A non-text payload (image, audio, file) described without its content."""

    kind: str
    media_type: str
    size: int
    sha256: str
    path: tuple[str | int, ...]
    filename_hash: str | None = None


@dataclass(frozen=True, slots=True)
class FilterInput:
    """Everything a filter may look at: all text and attachments of one request, protocol-free."""

    request_id: str
    production: str
    crew_id: str
    declared_use: str
    route: RouteKind
    model: str
    segments: tuple[Segment, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    consent_ref: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` inside ``segments[segment]``."""

    segment: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a filter chose its action: identifiers, types, spans and scores only, never text."""

    filter: str
    code: str
    action: Action
    entity_type: str | None = None
    span: Span | None = None
    score: float | None = None
    details: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"filter": self.filter, "code": self.code, "action": self.action.label}
        if self.entity_type is not None:
            out["entity_type"] = self.entity_type
        if self.span is not None:
            out["span"] = [self.span.segment, self.span.start, self.span.end]
        if self.score is not None:
            out["score"] = round(self.score, 4)
        if self.details:
            out["details"] = list(self.details)
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    """The merged decision of the pipeline (or of one filter)."""

    action: Action
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @staticmethod
    def allow() -> Verdict:
        return Verdict(Action.ALLOW, ())

    @staticmethod
    def merge(verdicts: list[Verdict]) -> Verdict:
        """The strictest action wins; reasons of every filter are kept for the audit."""
        action = max((v.action for v in verdicts), default=Action.ALLOW)
        reasons = tuple(r for v in verdicts for r in v.reasons)
        return Verdict(action, reasons)

    def deciding_reasons(self) -> tuple[Reason, ...]:
        """The reasons whose action equals the verdict's: the ones to tell the crew member about."""
        return tuple(r for r in self.reasons if r.action == self.action)
