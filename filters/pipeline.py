"""Runs the configured filters over one request under a single deadline, failing closed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass

from filters.base import Filter
from filters.model import Action, FilterInput, Reason, Verdict
from filters.textview import prepare

FILTER_ERROR = "filter_error"


@dataclass(frozen=True, slots=True)
class PipelineResult:
    verdict: Verdict
    elapsed_ms: float


class Pipeline:
    """An ordered list of filters sharing one deadline.

    Filters run concurrently in ``executor`` so CPU-bound work never stalls the event loop. Whatever
    goes wrong (an exception, the deadline passing) becomes a ``block`` with code ``filter_error``:
    a request is never forwarded because a filter could not give an answer.
    """

    def __init__(
        self,
        filters: Sequence[Filter],
        deadline_s: float,
        executor: Executor | None,
        inline_max_chars: int = 0,
    ) -> None:
        if deadline_s <= 0:
            raise ValueError("deadline must be positive")
        self.filters = tuple(filters)
        self._deadline_s = deadline_s
        self._executor = executor
        self._inline_max_chars = inline_max_chars
        self._by_name = {f.name: f for f in self.filters}

    @property
    def empty(self) -> bool:
        return not self.filters

    def warm_up(self) -> None:
        """Load models now rather than on the first request (called once at start-up)."""
        for flt in self.filters:
            warm = getattr(flt, "warm_up", None)
            if callable(warm):
                warm()

    async def run(self, item: FilterInput) -> PipelineResult:
        started = time.perf_counter()
        if not self.filters:
            return PipelineResult(Verdict.allow(), 0.0)
        if sum(len(s.text) for s in item.segments) <= self._inline_max_chars:
            return self._run_inline(item, started)
        loop = asyncio.get_running_loop()
        try:
            text = await asyncio.wait_for(
                loop.run_in_executor(self._executor, prepare, item.segments), timeout=self._deadline_s
            )
        except Exception:
            # Text that cannot be normalized cannot be judged: every filter's answer is a block.
            return PipelineResult(
                Verdict.merge([_error(f.name, "normalization") for f in self.filters]),
                (time.perf_counter() - started) * 1000,
            )
        futures = [loop.run_in_executor(self._executor, f.check, item, text) for f in self.filters]
        done, pending = await asyncio.wait(futures, timeout=self._deadline_s)
        verdicts: list[Verdict] = []
        for flt, fut in zip(self.filters, futures, strict=True):
            if fut in pending:
                # A thread cannot be interrupted; its late answer is dropped and the request blocked.
                fut.cancel()
                verdicts.append(_error(flt.name, "timeout"))
            elif fut.cancelled() or fut.exception() is not None:
                verdicts.append(_error(flt.name, "exception"))
            else:
                result = fut.result()
                verdicts.append(result if isinstance(result, Verdict) else _error(flt.name, "bad_result"))
        del done
        return PipelineResult(Verdict.merge(verdicts), (time.perf_counter() - started) * 1000)

    def _run_inline(self, item: FilterInput, started: float) -> PipelineResult:
        """Small requests: a thread hop costs more than the checks themselves, so run them here.

        The deadline still applies: an answer that arrives late is discarded and the request blocked.
        """
        verdicts: list[Verdict] = []
        try:
            text = prepare(item.segments)
        except Exception:
            text = None
        for flt in self.filters:
            if text is None:
                verdicts.append(_error(flt.name, "normalization"))
                continue
            try:
                result = flt.check(item, text)
            except Exception:
                verdicts.append(_error(flt.name, "exception"))
                continue
            verdicts.append(result if isinstance(result, Verdict) else _error(flt.name, "bad_result"))
        elapsed = time.perf_counter() - started
        if elapsed > self._deadline_s:
            verdicts = [_error(flt.name, "timeout") for flt in self.filters]
        return PipelineResult(Verdict.merge(verdicts), elapsed * 1000)

    def message(self, reason: Reason) -> str:
        if reason.code == FILTER_ERROR:
            return (
                "A policy check could not finish, so the request was not sent. Try again; if it keeps "
                "happening, give the request id to the gateway administrators."
            )
        flt = self._by_name.get(reason.filter)
        if flt is None:
            return "The request was stopped by the production's GenAI policy."
        return flt.message(reason.code)


def _error(filter_name: str, detail: str) -> Verdict:
    return Verdict(Action.BLOCK, (Reason(filter_name, FILTER_ERROR, Action.BLOCK, details=(detail,)),))
