"""The deny-list filter: configured patterns, per-rule actions, spans, and option validation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from filters.base import FilterConfigError
from filters.denylist import build
from filters.model import Action, FilterInput, RouteKind, Segment, Verdict
from filters.textview import prepare


def _check(options: dict[str, object], *texts: str) -> Verdict:
    segments = tuple(Segment(t, ("messages", i)) for i, t in enumerate(texts))
    item = FilterInput("r", "demo", "crew", "pitch", RouteKind.CHAT, "m", segments)
    return build("deny", options).check(item, prepare(segments))


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
    verdict = _check(RULES, *texts)
    assert verdict.action is action
    assert sorted(r.code for r in verdict.reasons) == sorted(codes)


def test_spans_point_into_their_segment() -> None:
    verdict = _check(RULES, "x", "ring 555-0199 now")
    [reason] = verdict.reasons
    assert reason.span is not None
    assert (reason.span.segment, reason.span.start, reason.span.end) == (1, 5, 13)
    assert reason.entity_type == "PHONE"


def test_a_rule_with_words_runs_near_them_and_finds_the_same_matches() -> None:
    with_words = {"rules": [{"code": "mark", "pattern": r"do\s+not\s+copy", "words": ["COPY"], "reach": 40}]}
    text = "Notes.\n" + "lorem ipsum " * 200 + "DO NOT\nCOPY this page." + " dolor" * 200
    verdict = _check(with_words, text)
    assert [r.code for r in verdict.reasons] == ["mark"]
    assert _check(with_words, "lorem ipsum " * 50).action is Action.ALLOW


def test_the_shipped_watermark_rule_finds_marks_split_over_lines() -> None:
    config = yaml.safe_load((Path(__file__).parents[2] / "config" / "gateway.yaml").read_text())
    [watermarks] = [f for f in config["policy"]["filters"] if f.get("name") == "watermarks"]
    for text in ("DO NOT\nDISTRIBUTE", "Property of Harbour Lights Films", "strictly   confidential"):
        assert _check(watermarks["options"], "Page 3.\n" + text).action is Action.BLOCK, text
    for text in ("DO NOT COPY", "Do not duplicate."):
        assert _check(watermarks["options"], text).action is Action.BLOCK, text
    # "Copy" is an everyday word: only the watermark's capitals count for it.
    assert _check(watermarks["options"], "Please do not copy me on that thread.").action is Action.ALLOW


def test_findings_are_capped_per_rule() -> None:
    assert len(_check({**RULES, "max_findings_per_rule": 3}, "555-0199 " * 50).reasons) == 3


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


def test_matches_through_disguises() -> None:
    zero_width = "night\u200bjar"
    cyrillic = "nіghtjаr"  # Cyrillic i and a
    for text in (zero_width, cyrillic):
        verdict = _check(RULES, f"notes on {text}")
        assert verdict.action is Action.BLOCK
        [reason] = verdict.reasons
        assert reason.span is not None
        assert (reason.span.start, reason.span.end) == (9, 9 + len(text))
        assert reason.details
