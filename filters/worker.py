"""The filter side of a worker process: filters built once per process, chunks checked on request.

Used through a ``ProcessPoolExecutor`` so CPU-bound checks (regular expressions, spaCy) run on other
cores and never hold the event loop's interpreter lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from filters.base import Filter
from filters.chunks import Chunk
from filters.model import FilterInput, Verdict
from filters.pipeline import check_chunk
from filters.registry import build_filter

_TEXT_FILTERS: tuple[Filter, ...] = ()


def initialize(specs: Sequence[tuple[str, str, dict[str, Any]]]) -> None:
    """Pool initializer: build the policy's text filters and load their models in this process."""
    global _TEXT_FILTERS
    filters = [build_filter(kind, name, options) for kind, name, options in specs]
    _TEXT_FILTERS = tuple(f for f in filters if getattr(f, "uses_text", True))
    for flt in _TEXT_FILTERS:
        warm = getattr(flt, "warm_up", None)
        if callable(warm):
            warm()


def ready() -> bool:
    return bool(_TEXT_FILTERS)


def check(item: FilterInput, chunk: Chunk) -> tuple[Verdict, ...]:
    return check_chunk(_TEXT_FILTERS, item, chunk)
