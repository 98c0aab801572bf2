"""Runs the configured filters over one request under a single deadline, failing closed.

The request's text is cut into stable chunks (:mod:`filters.chunks`); each chunk is normalized once
and checked by every text filter, and the answers are remembered in a bounded in-memory cache keyed
by a keyed hash of the chunk, so a conversation's history costs nothing the second time it is sent.
Filters that look at attachments rather than text run once per request.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, replace

from filters.base import Filter
from filters.chunks import Chunk, make_chunks
from filters.model import Action, FilterInput, Reason, Verdict
from filters.textview import prepare

FILTER_ERROR = "filter_error"
TEXT_TOO_LONG = "text_too_long"


@dataclass(frozen=True, slots=True)
class PipelineResult:
    verdict: Verdict
    elapsed_ms: float
    chunks: int = 0
    cached_chunks: int = 0


def check_chunk(filters: Sequence[Filter], item: FilterInput, chunk: Chunk) -> tuple[Verdict, ...]:
    """Every text filter's verdict on one chunk; a filter that raises gets a block of its own."""
    local = replace(item, segments=chunk.segments(), attachments=())
    try:
        text = prepare(local.segments)
    except Exception:
        return tuple(_error(f.name, "normalization") for f in filters)
    verdicts: list[Verdict] = []
    for flt in filters:
        try:
            result = flt.check(local, text)
        except Exception:
            result = _error(flt.name, "exception")
        verdicts.append(result if isinstance(result, Verdict) else _error(flt.name, "bad_result"))
    return tuple(verdicts)


class Pipeline:
    """An ordered list of filters sharing one deadline.

    Chunks run in ``executor`` so CPU-bound work never stalls the event loop (requests with little
    new text run inline: a hop to the executor costs more). Whatever goes wrong (an exception, the
    deadline passing) becomes a ``block`` with code ``filter_error``: a request is never forwarded
    because a filter could not give an answer.
    """

    def __init__(
        self,
        filters: Sequence[Filter],
        deadline_s: float,
        executor: Executor | None,
        inline_max_chars: int = 0,
        cache_entries: int = 20_000,
        max_text_chars: int = 2_000_000,
        in_workers: bool = False,
    ) -> None:
        if deadline_s <= 0:
            raise ValueError("deadline must be positive")
        self.filters = tuple(filters)
        self._text_filters = tuple(f for f in self.filters if getattr(f, "uses_text", True))
        self._request_filters = tuple(f for f in self.filters if not getattr(f, "uses_text", True))
        self._deadline_s = deadline_s
        self._executor = executor
        self._inline_max_chars = inline_max_chars
        self._max_text_chars = max_text_chars
        self._by_name = {f.name: f for f in self.filters}
        self._cache: OrderedDict[bytes, tuple[Verdict, ...]] = OrderedDict()
        self._cache_entries = cache_entries
        self._salt = os.urandom(16)  # per process, never stored: the cache keys mean nothing elsewhere
        # With a process pool, the workers hold their own copy of the filters (filters.worker).
        self._in_workers = in_workers

    @property
    def empty(self) -> bool:
        return not self.filters

    def warm_up(self) -> None:
        """Load models now rather than on the first request (called once at start-up)."""
        if self._in_workers and self._inline_max_chars == 0:
            return  # only the workers check text, and they load their own models
        for flt in self.filters:
            warm = getattr(flt, "warm_up", None)
            if callable(warm):
                warm()

    async def run(self, item: FilterInput) -> PipelineResult:
        started = time.perf_counter()
        if not self.filters:
            return PipelineResult(Verdict.allow(), 0.0)
        if sum(len(s.text) for s in item.segments) > self._max_text_chars:
            reason = Reason("pipeline", TEXT_TOO_LONG, Action.BLOCK)
            return PipelineResult(Verdict(Action.BLOCK, (reason,)), (time.perf_counter() - started) * 1000)
        context = f"{item.production}\x00{item.declared_use}\x00{item.consent_ref or ''}"
        chunks = make_chunks(item.segments) if self._text_filters else []
        keys = [chunk.key(self._salt, context) for chunk in chunks]
        answers: dict[int, tuple[Verdict, ...]] = {}
        todo: list[int] = []
        for index, key in enumerate(keys):
            cached = self._cache.get(key)
            if cached is None:
                todo.append(index)
            else:
                self._cache.move_to_end(key)
                answers[index] = cached
        try:
            computed = await asyncio.wait_for(
                self._compute(item, [chunks[i] for i in todo]), self._deadline_s
            )
        except TimeoutError:
            verdict = Verdict.merge([_error(f.name, "timeout") for f in self.filters])
            return PipelineResult(
                verdict, (time.perf_counter() - started) * 1000, len(chunks), len(chunks) - len(todo)
            )
        for index, verdicts in zip(todo, computed[0], strict=True):
            answers[index] = verdicts
            if not any(r.code == FILTER_ERROR for v in verdicts for r in v.reasons):
                self._remember(keys[index], verdicts)
        merged = [chunks[i].remap(v) for i in sorted(answers) for v in answers[i]]
        merged.extend(computed[1])
        elapsed = time.perf_counter() - started
        if elapsed > self._deadline_s:
            # An inline answer that came too late is not trusted either.
            merged = [_error(f.name, "timeout") for f in self.filters]
        return PipelineResult(Verdict.merge(merged), elapsed * 1000, len(chunks), len(chunks) - len(todo))

    async def _compute(
        self, item: FilterInput, chunks: list[Chunk]
    ) -> tuple[list[tuple[Verdict, ...]], list[Verdict]]:
        request_verdicts = [self._request_check(f, item) for f in self._request_filters]
        if sum(c.chars for c in chunks) <= self._inline_max_chars:
            return [check_chunk(self._text_filters, item, c) for c in chunks], request_verdicts
        loop = asyncio.get_running_loop()
        if self._in_workers:
            from filters import worker

            futures = [loop.run_in_executor(self._executor, worker.check, item, c) for c in chunks]
        else:
            futures = [
                loop.run_in_executor(self._executor, check_chunk, self._text_filters, item, c) for c in chunks
            ]
        try:
            return list(await asyncio.gather(*futures)), request_verdicts
        except Exception:
            # A worker that died (or a pool that broke) answers nothing: every filter blocks.
            errors = tuple(_error(f.name, "worker") for f in self._text_filters)
            return [errors for _ in chunks], request_verdicts

    @staticmethod
    def _request_check(flt: Filter, item: FilterInput) -> Verdict:
        try:
            result = flt.check(item, prepare(()))
        except Exception:
            return _error(flt.name, "exception")
        return result if isinstance(result, Verdict) else _error(flt.name, "bad_result")

    def _remember(self, key: bytes, verdicts: tuple[Verdict, ...]) -> None:
        self._cache[key] = verdicts
        if len(self._cache) > self._cache_entries:
            self._cache.popitem(last=False)

    def message(self, reason: Reason) -> str:
        if reason.code == FILTER_ERROR:
            return (
                "A policy check could not finish, so the request was not sent. Try again; if it keeps "
                "happening, give the request id to the gateway administrators."
            )
        if reason.code == TEXT_TOO_LONG:
            return "The request holds more text than the gateway checks in one request; send less context."
        flt = self._by_name.get(reason.filter)
        if flt is None:
            return "The request was stopped by the production's GenAI policy."
        return flt.message(reason.code)


def _error(filter_name: str, detail: str) -> Verdict:
    return Verdict(Action.BLOCK, (Reason(filter_name, FILTER_ERROR, Action.BLOCK, details=(detail,)),))
