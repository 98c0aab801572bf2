"""Small shared pieces of the rule-based policy filters: cue matching over views, and findings."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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
    """Words without which a filter's patterns cannot match, found in one Aho-Corasick pass.

    The patterns then run only on the stretches around the words, so a long prompt with nothing
    of interest costs one linear scan per filter instead of a dozen regular-expression passes.
    """

    def __init__(self, words: Iterable[str], radius: int = 300, lines: bool = True) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in {w.lower() for w in words}:
            self._automaton.add_word(word, len(word))
        self._automaton.make_automaton()
        self.radius = radius
        self.lines = lines

    def positions(self, lower: str) -> list[int]:
        """Where the words start; a word that begins with a letter or digit must begin a word too."""
        found = []
        for end, length in self._automaton.iter(lower):
            start = end - length + 1
            if start == 0 or not lower[start].isalnum() or not lower[start - 1].isalnum():
                found.append(start)
        return found

    def regions(self, text: Prepared, view: View) -> list[tuple[int, int]]:
        key = ("regions", id(self), id(view))
        found = text.memo.get(key)
        if found is None:
            places = self.positions(text.lower(view))
            found = regions(view.text, places, self.radius, self.lines) if places else []
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


def first_hit(
    text: Prepared, cue: str, pattern: re.Pattern[str], triggers: Triggers | None = None
) -> Hit | None:
    return next(hits(text, cue, pattern, triggers), None)


def around(hit: Hit, reach: int) -> tuple[str, int, int]:
    """The view text and the bounds of a stretch around a hit, for context patterns (pos/endpos)."""
    return hit.view.text, max(0, hit.start - reach), min(len(hit.view.text), hit.end + reach)


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
