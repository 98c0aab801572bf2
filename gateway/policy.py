"""Building the filter pipeline from the policy section of the settings."""

from __future__ import annotations

from concurrent.futures import Executor
from typing import Any

from filters.pipeline import Pipeline
from filters.registry import build_filter
from gateway.settings import PolicySettings


def filter_specs(policy: PolicySettings) -> list[tuple[str, str, dict[str, Any]]]:
    """The policy's filters as plain data, for worker processes to build their own."""
    return [(spec.type, spec.instance_name, dict(spec.options)) for spec in policy.filters]


def build_pipeline(policy: PolicySettings, executor: Executor | None, in_workers: bool = False) -> Pipeline:
    filters = [build_filter(spec.type, spec.instance_name, spec.options) for spec in policy.filters]
    return Pipeline(
        filters,
        policy.deadline_ms / 1000,
        executor,
        inline_max_chars=policy.inline_max_chars,
        cache_entries=policy.cache_entries,
        max_text_chars=policy.max_text_chars,
        in_workers=in_workers,
    )
