"""Building the filter pipeline from the policy section of the settings."""

from __future__ import annotations

from concurrent.futures import Executor

from filters.pipeline import Pipeline
from filters.registry import build_filter
from gateway.settings import PolicySettings


def build_pipeline(policy: PolicySettings, executor: Executor | None) -> Pipeline:
    filters = [build_filter(spec.type, spec.instance_name, spec.options) for spec in policy.filters]
    return Pipeline(
        filters,
        policy.deadline_ms / 1000,
        executor,
        inline_max_chars=policy.inline_max_chars,
        cache_entries=policy.cache_entries,
        max_text_chars=policy.max_text_chars,
    )
