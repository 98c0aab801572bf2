"""Small shared pieces of the rule-based policy filters: cue matching over views, and findings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from filters.model import Action, Reason, Span
from filters.textview import Prepared, View


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in one view; ``span`` is already mapped back to the original segment."""

    cue: str
    view: View
    start: int
    end: int
    span: Span


def hits(
    text: Prepared, cue: str, pattern: re.Pattern[str], views: tuple[View, ...] | None = None
) -> Iterator[Hit]:
    for view in views if views is not None else text.views:
        for match in pattern.finditer(view.text):
            yield Hit(cue, view, match.start(), match.end(), text.span(view, match.start(), match.end()))


def first_hit(text: Prepared, cue: str, pattern: re.Pattern[str]) -> Hit | None:
    return next(hits(text, cue, pattern), None)


def words(*alternatives: str) -> str:
    """A non-capturing alternation of phrases, with flexible whitespace inside each phrase."""
    return "(?:" + "|".join(a.replace(" ", r"\s+") for a in alternatives) + ")"


def reason(filter_name: str, code: str, action: Action, hit: Hit | None, score: float, entity: str) -> Reason:
    return Reason(
        filter_name,
        code,
        action,
        entity_type=entity,
        span=hit.span if hit else None,
        score=min(score, 1.0),
        details=hit.view.tags if hit else (),
    )
