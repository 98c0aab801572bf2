"""A configurable deny-list: compiled regular expressions, each with its own code and action.

Useful on its own for production codenames, internal project ids or watermark strings that must
never leave the building, and the simplest complete example of the filter contract.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import Field, field_validator

from filters.base import FilterOptions, parse_options
from filters.model import Action, FilterInput, Reason, Span, Verdict
from filters.rules import Triggers
from filters.textview import Prepared


class DenyRule(FilterOptions):
    code: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    pattern: str
    action: str = "block"
    entity_type: str = "DENYLIST_TERM"
    ignore_case: bool = True
    message: str = "The request contains a term this production does not allow to be sent to AI tools."
    # Words one of which every match contains: the pattern then runs only within ``reach`` characters
    # of them, found for all filters in one pass, instead of at every position of the text.
    words: tuple[str, ...] = ()
    reach: int = Field(default=200, ge=10, le=10_000)

    @field_validator("words")
    @classmethod
    def _plain_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not word.strip() for word in value):
            raise ValueError("words must not be empty")
        return tuple(word.lower() for word in value)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        return value

    @field_validator("action")
    @classmethod
    def _known_action(cls, value: str) -> str:
        Action.parse(value)
        return value


# One trigger set per distinct word list: every filter built (tests build many) would otherwise add
# its own to the automaton shared by all filters.
_TRIGGER_SETS: dict[tuple[tuple[str, ...], int], Triggers] = {}


def _triggers(words: tuple[str, ...], reach: int) -> Triggers:
    key = (tuple(sorted(words)), reach)
    if key not in _TRIGGER_SETS:
        _TRIGGER_SETS[key] = Triggers(words, radius=reach, lines=False)
    return _TRIGGER_SETS[key]


class DenylistOptions(FilterOptions):
    rules: tuple[DenyRule, ...] = ()
    max_findings_per_rule: int = Field(default=20, ge=1, le=1000)


class DenylistFilter:
    """Blocks, reviews or redacts every match of the configured patterns."""

    def __init__(self, name: str, options: DenylistOptions) -> None:
        self._name = name
        self._options = options
        self._compiled = tuple(
            (
                rule,
                re.compile(rule.pattern, re.IGNORECASE if rule.ignore_case else 0),
                Action.parse(rule.action),
                _triggers(rule.words, rule.reach) if rule.words else None,
            )
            for rule in options.rules
        )
        self._messages = {rule.code: rule.message for rule in options.rules}

    @property
    def name(self) -> str:
        return self._name

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        reasons: list[Reason] = []
        for rule, regex, action, triggers in self._compiled:
            seen: set[Span] = set()
            for view in text.views:
                spans = triggers.regions(text, view) if triggers else ((0, len(view.text)),)
                for match in (m for start, end in spans for m in regex.finditer(view.text, start, end)):
                    span = text.span(view, match.start(), match.end())
                    if match.end() == match.start() or span in seen:
                        continue
                    seen.add(span)
                    reasons.append(
                        Reason(self._name, rule.code, action, rule.entity_type, span, 1.0, view.tags)
                    )
                    if len(seen) >= self._options.max_findings_per_rule:
                        break
                if len(seen) >= self._options.max_findings_per_rule:
                    break
        if not reasons:
            return Verdict.allow()
        return Verdict(max(r.action for r in reasons), tuple(reasons))

    def message(self, code: str) -> str:
        return self._messages.get(code, "The request matched a deny-list rule of this production.")


def build(name: str, raw: Mapping[str, Any]) -> DenylistFilter:
    return DenylistFilter(name, parse_options(name, DenylistOptions, raw))
