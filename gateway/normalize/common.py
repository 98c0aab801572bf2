"""Shared pieces of the protocol normalizers: collecting segments and describing attachments."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from filters.model import Attachment, Segment
from gateway.errors import GatewayError

Path = tuple[str | int, ...]


def unsupported(what: str) -> GatewayError:
    """A construct the gateway cannot inspect; it is refused rather than forwarded unseen."""
    return GatewayError(
        400,
        "unsupported_construct",
        f"The request uses {what}, which the gateway cannot inspect, so it was not forwarded.",
    )


def bad_request(what: str) -> GatewayError:
    return GatewayError(400, "invalid_request", what)


# Only parameter-like names (snake_case, short) are echoed; anything else could be the client's text.
_PLAIN_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}(?:\[\])?$")


def where(path: Path) -> str:
    """A path for error messages: keys and indexes only; a key that is not a plain name is masked."""
    shown = (f"[{p}]" if isinstance(p, int) else f".{p if _PLAIN_KEY.match(p) else '?'}" for p in path)
    return "".join(shown).lstrip(".") or "(body)"


@dataclass
class Collector:
    """Accumulates the text and attachments of one request while a normalizer walks it."""

    segments: list[Segment] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def text(self, value: Any, path: Path, role: str, part: str, message_index: int | None = None) -> None:
        if not isinstance(value, str):
            raise bad_request(f"{where(path)} must be a string.")
        if value:
            self.segments.append(Segment(value, path, role, part, message_index))

    def leaves(self, value: Any, path: Path, role: str, part: str, message_index: int | None = None) -> None:
        """Every string inside an arbitrary JSON value (tool schemas, metadata, stop lists, …)."""
        if isinstance(value, str):
            if value:
                self.segments.append(Segment(value, path, role, part, message_index))
        elif isinstance(value, dict):
            for key, item in value.items():
                # Keys are text the provider sees too (JSON schema property names, metadata keys).
                if key:
                    self.segments.append(Segment(key, (*path, "#key"), role, part, message_index))
                self.leaves(item, (*path, key), role, part, message_index)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                self.leaves(item, (*path, i), role, part, message_index)

    def params(self, body: dict[str, Any], skip: frozenset[str]) -> None:
        """Scan the string leaves of every remaining known field: tool schemas, metadata, stop lists…"""
        for key, value in body.items():
            # Numbers, booleans and nulls carry no text: most parameters are skipped without a walk.
            if key not in skip and isinstance(value, (str, dict, list)):
                self.leaves(value, (key,), "system", f"param:{key}")

    def binary(
        self, kind: str, media_type: str, data: bytes, path: Path, filename: str | None = None
    ) -> None:
        self.attachments.append(
            Attachment(
                kind=kind,
                media_type=media_type or "application/octet-stream",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                path=path,
                filename_hash=hashlib.sha256(filename.encode()).hexdigest() if filename else None,
            )
        )

    def reference(self, kind: str, ref: str, path: Path) -> None:
        """A payload held elsewhere (a URL the provider fetches, a provider-side file id)."""
        self.attachments.append(
            Attachment(
                kind=kind,
                media_type="reference",
                size=0,
                sha256=hashlib.sha256(ref.encode()).hexdigest(),
                path=path,
            )
        )

    def base64_payload(self, kind: str, media_type: str, data: Any, path: Path) -> None:
        if not isinstance(data, str):
            raise bad_request(f"{where(path)} must be a base64 string.")
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise bad_request(f"{where(path)} is not valid base64.") from None
        self.binary(kind, media_type, raw, path)

    def url_payload(self, kind: str, url: Any, path: Path) -> None:
        """An image/file given as a URL: a data: URL is decoded and described, a remote one referenced."""
        if not isinstance(url, str):
            raise bad_request(f"{where(path)} must be a string.")
        if url.startswith("data:"):
            header, sep, payload = url.partition(",")
            if not sep or not header.endswith(";base64"):
                raise unsupported(f"a non-base64 data URL at {where(path)}")
            self.base64_payload(kind, header[5:-7], payload, path)
        elif url.startswith(("https://", "http://")):
            self.reference(f"remote_{kind}", url, path)
        else:
            raise unsupported(f"a URL scheme other than data/http(s) at {where(path)}")


def require_dict(value: Any, path: Path) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad_request(f"{where(path)} must be an object.")
    return value


def require_list(value: Any, path: Path) -> list[Any]:
    if not isinstance(value, list):
        raise bad_request(f"{where(path)} must be an array.")
    return value


def check_keys(obj: dict[str, Any], allowed: frozenset[str], path: Path) -> None:
    if allowed.issuperset(obj):
        return
    for key in obj:
        if key not in allowed:
            raise unsupported(f"the field {where((*path, key))}")
