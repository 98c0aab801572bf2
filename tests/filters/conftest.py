"""Helpers for filter unit tests: build one filter from its options and check texts through it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from filters.model import FilterInput, RouteKind, Segment, Verdict
from filters.registry import build_filter
from filters.textview import prepare

Check = Callable[..., Verdict]


def check_with(filter_type: str, options: dict[str, Any] | None = None) -> Check:
    flt = build_filter(filter_type, filter_type, options or {})

    def check(
        *texts: str,
        roles: tuple[str, ...] | None = None,
        production: str = "demo",
        consent_ref: str | None = None,
    ) -> Verdict:
        segments = tuple(
            Segment(text, ("messages", i, "content"), (roles or ("user",) * len(texts))[i], "text", i)
            for i, text in enumerate(texts)
        )
        item = FilterInput(
            "req_test", production, "crew-1", "pitch", RouteKind.CHAT, "m", segments, (), consent_ref
        )
        return flt.check(item, prepare(segments))

    return check


@pytest.fixture
def make_check() -> Callable[..., Check]:
    return check_with
