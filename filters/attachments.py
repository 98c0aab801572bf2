"""Images, audio and files sent to a provider are unapproved material unless approved for this use.

An attachment is allowed when its SHA-256 is on the production's approved list for the request's
declared use (or for every use, ``"*"``). Everything else, remote URLs and provider-side file ids
included, is refused: the gateway cannot see what they contain. Image prompts and speech inputs are
text and go through the other filters like any prompt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import Field, field_validator

from filters.base import ActionOptions, FilterOptions, parse_options
from filters.model import Action, FilterInput, Reason, Verdict
from filters.textview import Prepared

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ApprovedAttachment(FilterOptions):
    sha256: str
    production: str
    uses: tuple[str, ...] = ("*",)
    note: str = ""

    @field_validator("sha256")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not _SHA256.match(value.lower()):
            raise ValueError("must be a lowercase hex SHA-256")
        return value.lower()


class AttachmentOptions(ActionOptions):
    approved: tuple[ApprovedAttachment, ...] = Field(default_factory=tuple)


_MESSAGE = (
    "The request carries an image, audio clip or file that is not on this production's approved list. "
    "Uploading unapproved material to AI tools is not allowed: ask the production's GenAI contact to "
    "approve the asset for this use, or describe it in words instead."
)


class AttachmentFilter:
    uses_text = False  # looks at the request's attachments once, not at each chunk of its text

    def __init__(self, name: str, options: AttachmentOptions) -> None:
        self._name = name
        self._action = Action.parse(options.action)
        self._approved: dict[tuple[str, str], set[str]] = {}
        for entry in options.approved:
            for use in entry.uses:
                self._approved.setdefault((entry.production, use), set()).add(entry.sha256)

    @property
    def name(self) -> str:
        return self._name

    def _is_approved(self, item: FilterInput, sha256: str) -> bool:
        for use in (item.declared_use, "*"):
            if sha256 in self._approved.get((item.production, use), ()):
                return True
        return False

    def check(self, item: FilterInput, text: Prepared) -> Verdict:
        reasons = [
            Reason(
                self._name, "unapproved_attachment", self._action, f"ATTACHMENT_{a.kind.upper()}", None, 1.0
            )
            for a in item.attachments
            if not self._is_approved(item, a.sha256)
        ]
        if not reasons:
            return Verdict.allow()
        return Verdict(self._action, tuple(reasons))

    def message(self, code: str) -> str:
        return _MESSAGE


def build(name: str, raw: Mapping[str, Any]) -> AttachmentFilter:
    options = parse_options(name, AttachmentOptions, raw)
    return AttachmentFilter(name, options)
