"""The deny-list filter: configured patterns, per-rule actions, spans, and option validation."""

from __future__ import annotations

import pytest

from filters.base import FilterConfigError
from filters.denylist import build
from filters.model import Action, FilterInput, RouteKind, Segment


def _item(*texts: str) -> FilterInput:
    return FilterInput(
        "r",
        "demo",
        "crew",
        "pitch",
        RouteKind.CHAT,
        "m",
        tuple(Segment(t, ("messages", i)) for i, t in enumerate(texts)),
    )


RULES = {
    "rules": [
        {"code": "codename", "pattern": r"\bnightjar\b"},
        {"code": "phone", "pattern": r"\d{3}-\d{4}", "action": "redact", "entity_type": "PHONE"},
        {"code": "final", "pattern": r"final cut", "action": "review", "ignore_case": False},
    ]
}


@pytest.mark.parametrize(
    ("texts", "action", "codes"),
    [
        (["a quiet moodboard"], Action.ALLOW, []),
        (["NIGHTJAR dailies"], Action.BLOCK, ["codename"]),
        (["nightjars are birds"], Action.ALLOW, []),
        (["call 555-0199"], Action.REDACT, ["phone"]),
        (["for the final cut", "555-0199"], Action.REVIEW, ["phone", "final"]),
        (["for the FINAL CUT"], Action.ALLOW, []),
        (["call 555-0199", "then nightjar"], Action.BLOCK, ["codename", "phone"]),
    ],
)
def test_rules(texts: list[str], action: Action, codes: list[str]) -> None:
    verdict = build("deny", RULES).check(_item(*texts))
    assert verdict.action is action
    assert sorted(r.code for r in verdict.reasons) == sorted(codes)


def test_spans_point_into_their_segment() -> None:
    verdict = build("deny", RULES).check(_item("x", "ring 555-0199 now"))
    [reason] = verdict.reasons
    assert reason.span is not None
    assert (reason.span.segment, reason.span.start, reason.span.end) == (1, 5, 13)
    assert reason.entity_type == "PHONE"


def test_findings_are_capped_per_rule() -> None:
    flt = build("deny", {**RULES, "max_findings_per_rule": 3})
    assert len(flt.check(_item("555-0199 " * 50)).reasons) == 3


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"rules": [{"code": "x", "pattern": "("}]}, "invalid regular expression"),
        ({"rules": [{"code": "x", "pattern": "a", "action": "shred"}]}, "unknown action"),
        ({"rules": [{"code": "Bad Code", "pattern": "a"}]}, "rules.0.code"),
        ({"rulez": []}, "rulez"),
    ],
)
def test_bad_options_name_the_key(options: dict[str, object], fragment: str) -> None:
    with pytest.raises(FilterConfigError, match="deny") as caught:
        build("deny", options)
    assert fragment in str(caught.value)
