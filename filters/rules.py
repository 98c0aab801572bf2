"""Small shared pieces of the rule-based policy filters: cue matching over views, and findings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import ahocorasick

from filters.model import Action, Reason, Span
from filters.textview import Prepared, View, regions


@dataclass(frozen=True, slots=True)
class Hit:
    """One cue found in one view; ``span`` is already mapped back to the original segment."""

    cue: str
    view: View
    start: int
    end: int
    span: Span


class Triggers:
    """Words without which a filter's patterns cannot match.

    All trigger sets share one Aho-Corasick automaton, run once per view; the patterns then run only
    on the stretches around their words, so a long prompt with nothing of interest costs one linear
    scan instead of dozens of regular-expression passes.
    """

    def __init__(self, words: Iterable[str], radius: int = 300, lines: bool = True) -> None:
        self.words = frozenset(w.lower() for w in words)
        self.radius = radius
        self.lines = lines
        self.index = len(_ALL)
        _ALL.append(self)

    def positions(self, text: Prepared, view: View) -> list[int]:
        return _all_positions(text, view)[self.index]

    def regions(self, text: Prepared, view: View) -> list[tuple[int, int]]:
        key = ("regions", self.index, id(view))
        found = text.memo.get(key)
        if found is None:
            places = self.positions(text, view)
            found = regions(view.text, places, self.radius, self.lines) if places else []
            text.memo[key] = found
        return found  # type: ignore[return-value]


_ALL: list[Triggers] = []
_COMBINED: list[Any] = [0, None]  # (number of trigger sets built into it, automaton)


def _automaton() -> Any:
    if _COMBINED[1] is None or _COMBINED[0] != len(_ALL):
        owners: dict[str, list[int]] = {}
        for triggers in _ALL:
            for word in triggers.words:
                owners.setdefault(word, []).append(triggers.index)
        automaton = ahocorasick.Automaton()
        for word, indexes in owners.items():
            automaton.add_word(word, (len(word), tuple(indexes)))
        automaton.make_automaton()
        _COMBINED[:] = [len(_ALL), automaton]
    return _COMBINED[1]


def _all_positions(text: Prepared, view: View) -> list[list[int]]:
    """Where every trigger set's words start in a view; a word that begins with a letter or digit
    must begin a word of the text too ("tin" is not found in "sting")."""
    key = ("triggers", id(view))
    found = text.memo.get(key)
    if found is None:
        lower = text.lower(view)
        per_set: list[list[int]] = [[] for _ in _ALL]
        for end, (length, indexes) in _automaton().iter(lower):
            start = end - length + 1
            if start == 0 or not lower[start].isalnum() or not lower[start - 1].isalnum():
                for index in indexes:
                    per_set[index].append(start)
        found = per_set
        text.memo[key] = found
    return found  # type: ignore[return-value]


def hits(
    text: Prepared, cue: str, pattern: re.Pattern[str], triggers: Triggers | None = None
) -> Iterator[Hit]:
    for view in text.views:
        spans = triggers.regions(text, view) if triggers is not None else [(0, len(view.text))]
        for start, end in spans:
            for match in pattern.finditer(view.text, start, end):
                yield Hit(cue, view, match.start(), match.end(), text.span(view, match.start(), match.end()))


def paragraph_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """At most ``reach`` characters either side of [start, end), without crossing a blank line.

    Messages are joined with a blank line and paragraphs are separated by one, so the context of a
    cue is its own message or paragraph: an unrelated question next to it must not change its meaning.
    """
    low = max(0, start - reach)
    high = min(len(text), end + reach)
    before = text.rfind("\n\n", low, start)
    after = text.find("\n\n", end, high)
    return (before + 2 if before >= 0 else low), (after if after >= 0 else high)


def around(hit: Hit, reach: int) -> tuple[str, int, int]:
    """The view text and the bounds of the context of a hit, for context patterns (pos/endpos)."""
    low, high = paragraph_bounds(hit.view.text, hit.start, hit.end, reach)
    return hit.view.text, low, high


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
