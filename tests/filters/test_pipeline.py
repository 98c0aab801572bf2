"""The pipeline merges to the strictest action and fails closed on errors and timeouts."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from filters.model import Action, FilterInput, Reason, RouteKind, Segment, Verdict
from filters.pipeline import FILTER_ERROR, Pipeline
from filters.textview import Prepared


class Fixed:
    def __init__(self, name: str, action: Action, delay: float = 0.0, crash: bool = False) -> None:
        self.name = name
        self._action = action
        self._delay = delay
        self._crash = crash

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        if self._delay:
            time.sleep(self._delay)
        if self._crash:
            raise RuntimeError(f"boom on {item.segments[0].text}")
        if self._action is Action.ALLOW:
            return Verdict.allow()
        return Verdict(self._action, (Reason(self.name, f"{self.name}_code", self._action),))

    def message(self, code: str) -> str:
        return f"message for {code}"


class NotAVerdict(Fixed):
    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        return "allow"  # type: ignore[return-value]


ITEM = FilterInput(
    "r1", "demo", "crew", "pitch", RouteKind.CHAT, "m", (Segment("secret text", ("messages", 0)),)
)


@pytest.fixture
def executor() -> ThreadPoolExecutor:
    with ThreadPoolExecutor(4) as pool:
        yield pool  # type: ignore[misc]


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        ([], Action.ALLOW),
        ([Action.ALLOW, Action.ALLOW], Action.ALLOW),
        ([Action.ALLOW, Action.REDACT], Action.REDACT),
        ([Action.REDACT, Action.REVIEW], Action.REVIEW),
        ([Action.REVIEW, Action.BLOCK, Action.REDACT], Action.BLOCK),
    ],
)
async def test_strictest_action_wins(
    executor: ThreadPoolExecutor, actions: list[Action], expected: Action
) -> None:
    pipeline = Pipeline([Fixed(f"f{i}", a) for i, a in enumerate(actions)], 1.0, executor)
    result = await pipeline.run(ITEM)
    assert result.verdict.action is expected
    assert len(result.verdict.reasons) == sum(a is not Action.ALLOW for a in actions)


async def test_a_crashing_filter_blocks_without_leaking_its_message(executor: ThreadPoolExecutor) -> None:
    pipeline = Pipeline([Fixed("ok", Action.ALLOW), Fixed("bad", Action.ALLOW, crash=True)], 1.0, executor)
    verdict = (await pipeline.run(ITEM)).verdict
    assert verdict.action is Action.BLOCK
    [reason] = verdict.reasons
    assert (reason.filter, reason.code, reason.details) == ("bad", FILTER_ERROR, ("exception",))
    assert "secret" not in repr(verdict)
    assert "could not finish" in pipeline.message(reason)


async def test_a_slow_filter_blocks_at_the_deadline(executor: ThreadPoolExecutor) -> None:
    pipeline = Pipeline([Fixed("slow", Action.ALLOW, delay=0.5)], 0.05, executor)
    started = time.perf_counter()
    verdict = (await pipeline.run(ITEM)).verdict
    assert time.perf_counter() - started < 0.4
    assert verdict.action is Action.BLOCK
    assert verdict.reasons[0].details == ("timeout",)


async def test_a_filter_returning_garbage_blocks(executor: ThreadPoolExecutor) -> None:
    verdict = (await Pipeline([NotAVerdict("odd", Action.ALLOW)], 1.0, executor).run(ITEM)).verdict
    assert verdict.action is Action.BLOCK
    assert verdict.reasons[0].details == ("bad_result",)


def test_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="deadline"):
        Pipeline([], 0, None)


def test_deciding_reasons_are_those_of_the_final_action() -> None:
    verdict = Verdict.merge(
        [
            Verdict(Action.REDACT, (Reason("a", "x", Action.REDACT),)),
            Verdict(Action.BLOCK, (Reason("b", "y", Action.BLOCK),)),
        ]
    )
    assert [r.code for r in verdict.deciding_reasons()] == ["y"]
    assert [r.code for r in verdict.reasons] == ["x", "y"]


@pytest.mark.parametrize("inline_max_chars", [0, 10_000])
async def test_fail_closed_inline_and_in_threads(executor: ThreadPoolExecutor, inline_max_chars: int) -> None:
    filters = [
        Fixed("ok", Action.REDACT),
        Fixed("bad", Action.ALLOW, crash=True),
        NotAVerdict("odd", Action.ALLOW),
    ]
    verdict = (await Pipeline(filters, 1.0, executor, inline_max_chars).run(ITEM)).verdict
    assert verdict.action is Action.BLOCK
    assert sorted(r.details for r in verdict.reasons if r.code == FILTER_ERROR) == [
        ("bad_result",),
        ("exception",),
    ]


async def test_inline_run_past_the_deadline_blocks(executor: ThreadPoolExecutor) -> None:
    pipeline = Pipeline([Fixed("slow", Action.ALLOW, delay=0.06)], 0.05, executor, inline_max_chars=10_000)
    verdict = (await pipeline.run(ITEM)).verdict
    assert verdict.action is Action.BLOCK
    assert verdict.reasons[0].details == ("timeout",)
