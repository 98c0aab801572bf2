"""Filter types by name: the only place that knows which modules implement which filter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from filters import (
    attachments,
    core_story,
    deception,
    denylist,
    likeness,
    personal_data,
    retention,
    screenplay,
)
from filters.base import Filter, FilterConfigError, FilterFactory

FILTER_TYPES: dict[str, FilterFactory] = {
    "denylist": denylist.build,
    "screenplay": screenplay.build,
    "personal_data": personal_data.build,
    "attachments": attachments.build,
    "likeness": likeness.build,
    "deception": deception.build,
    "retention": retention.build,
    "core_story": core_story.build,
}


def build_filter(filter_type: str, name: str, options: Mapping[str, Any]) -> Filter:
    factory = FILTER_TYPES.get(filter_type)
    if factory is None:
        known = ", ".join(sorted(FILTER_TYPES))
        raise FilterConfigError(f"unknown filter type {filter_type!r} (known: {known})")
    return factory(name, options)
