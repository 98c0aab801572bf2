"""Attachments are refused unless their hash is approved for the production and declared use."""

from __future__ import annotations

import hashlib

import pytest

from filters.model import Action, Attachment, FilterInput, RouteKind
from filters.registry import build_filter
from filters.textview import prepare

APPROVED = hashlib.sha256(b"approved still").hexdigest()
OTHER = hashlib.sha256(b"something else").hexdigest()


def _check(sha: str, kind: str = "image", use: str = "moodboard", production: str = "demo") -> Action:
    flt = build_filter(
        "attachments",
        "attachments",
        {"approved": [{"sha256": APPROVED, "production": "demo", "uses": ["moodboard"]}]},
    )
    item = FilterInput(
        "r", production, "c", use, RouteKind.CHAT, "m", (), (Attachment(kind, "image/png", 10, sha, ("x",)),)
    )
    return flt.check(item, prepare(())).action


@pytest.mark.parametrize(
    ("sha", "use", "production", "expected"),
    [
        (APPROVED, "moodboard", "demo", Action.ALLOW),
        (APPROVED, "pitch", "demo", Action.BLOCK),
        (APPROVED, "moodboard", "other", Action.BLOCK),
        (OTHER, "moodboard", "demo", Action.BLOCK),
    ],
)
def test_only_approved_hashes_for_the_use_pass(sha: str, use: str, production: str, expected: Action) -> None:
    assert _check(sha, use=use, production=production) is expected


def test_remote_and_provider_references_are_refused() -> None:
    assert _check(OTHER, kind="remote_image") is Action.BLOCK
    assert _check(OTHER, kind="provider_file") is Action.BLOCK


def test_bad_hash_in_config_names_the_key() -> None:
    from filters.base import FilterConfigError

    with pytest.raises(FilterConfigError, match="sha256"):
        build_filter("attachments", "a", {"approved": [{"sha256": "abc", "production": "demo"}]})
