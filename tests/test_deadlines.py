"""One sweep enforces every request's upstream limits; a client's own cancellation is left alone."""

from __future__ import annotations

import asyncio

import pytest

from gateway.deadlines import Deadlines, Watch


async def _wait_on_upstream(watch: Watch, outcome: list[str]) -> None:
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        outcome.append("timeout" if watch.timed_out() else "cancelled")
        if outcome[-1] == "cancelled":
            raise
    finally:
        watch.close()


async def _watched(deadlines: Deadlines, read_s: float, total_s: float, outcome: list[str]) -> Watch:
    ready: asyncio.Future[Watch] = asyncio.get_running_loop().create_future()

    async def handler() -> None:
        watch = deadlines.watch(read_s, total_s)
        ready.set_result(watch)
        await _wait_on_upstream(watch, outcome)

    asyncio.get_running_loop().create_task(handler())
    return await ready


async def test_sweep_cancels_only_what_is_overdue() -> None:
    deadlines = Deadlines(tick_s=60)  # swept by hand below
    outcome: list[str] = []
    slow = await _watched(deadlines, read_s=1, total_s=100, outcome=outcome)
    await _watched(deadlines, read_s=50, total_s=100, outcome=outcome)
    assert deadlines.sweep(slow.read_deadline - 0.01) == 0
    assert deadlines.sweep(slow.read_deadline) == 1
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert outcome == ["timeout"]


async def test_progress_moves_the_silence_deadline_but_not_the_total() -> None:
    deadlines = Deadlines(tick_s=60)
    outcome: list[str] = []
    watch = await _watched(deadlines, read_s=1, total_s=5, outcome=outcome)
    first = watch.read_deadline
    await asyncio.sleep(0.02)
    watch.progress()
    assert watch.read_deadline > first
    assert deadlines.sweep(first + 0.001) == 0, "the upstream spoke since"
    assert deadlines.sweep(watch.total_deadline) == 1, "the whole exchange ran out of time"


async def test_a_client_that_hangs_up_is_not_reported_as_a_timeout() -> None:
    deadlines = Deadlines(tick_s=60)
    outcome: list[str] = []
    watch = await _watched(deadlines, read_s=1, total_s=5, outcome=outcome)
    assert watch.task is not None
    watch.task.cancel()  # the client went away (handler cancellation)
    with pytest.raises(asyncio.CancelledError):
        await watch.task
    assert outcome == ["cancelled"]
    assert deadlines.sweep(watch.total_deadline + 1) == 0, "closed watches are forgotten"


async def test_the_running_sweep_times_out_a_silent_upstream() -> None:
    deadlines = Deadlines(tick_s=Deadlines.tick_for([0.2, 10]))
    deadlines.start()
    outcome: list[str] = []
    watch = await _watched(deadlines, read_s=0.2, total_s=10, outcome=outcome)
    assert watch.task is not None
    await asyncio.wait_for(asyncio.gather(watch.task, return_exceptions=True), timeout=5)
    await deadlines.stop()
    assert outcome == ["timeout"]


def test_tick_is_a_quarter_of_the_shortest_limit_within_bounds() -> None:
    assert Deadlines.tick_for([2, 900]) == 0.5
    assert Deadlines.tick_for([300, 900]) == 1.0
    assert Deadlines.tick_for([0.01]) == 0.05
