"""Provenance stamps: signed tokens that say an output came through the gateway, and until when.

A token binds request id, production, crew id, upstream, model, issue and expiry times and the
hashes of the output (the body as delivered, its text, and any decoded images), signed with
HMAC-SHA256 under a key from the configuration. ``python -m gateway provenance verify TOKEN
[--file F]`` lets legal check a token and, given the saved output, that it is the one stamped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

PREFIX = "pgv1"
_SIGNED_PREFIX = PREFIX.encode() + b"."
KEY_FILE = "provenance.key"


class ProvenanceError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Stamp:
    request_id: str
    production: str
    crew_id: str
    upstream: str
    model: str
    issued_at: int
    expires_at: int
    output_sha256: str | None = None
    text_sha256: str | None = None
    assets: tuple[str, ...] = field(default_factory=tuple)

    def covers(self, digest: str) -> bool:
        return digest in {self.output_sha256, self.text_sha256, *self.assets}


_URLSAFE = bytes.maketrans(b"+/", b"-_")


def _b64(data: bytes) -> bytes:
    return binascii.b2a_base64(data, newline=False).rstrip(b"=").translate(_URLSAFE)


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        raise ProvenanceError("the token is not well formed") from None


FIELDS = tuple(Stamp.__dataclass_fields__)


@lru_cache(maxsize=8)
def _keyed(key: bytes) -> Any:
    # The key schedule is computed once; each signature starts from a copy of it.
    return hmac.new(key, digestmod=hashlib.sha256)


def sign(stamp: Stamp, key: bytes) -> str:
    # Written out rather than dataclasses.asdict, which deep-copies and costs more than the rest.
    return sign_fields({name: getattr(stamp, name) for name in FIELDS}, key)


def sign_fields(fields: dict[str, Any], key: bytes) -> str:
    """Sign a stamp given as its fields, in field order: every answer is stamped, so the gateway
    builds the dict directly rather than a frozen dataclass first."""
    signed = _SIGNED_PREFIX + _b64(orjson.dumps(fields))
    mac = _keyed(key).copy()
    mac.update(signed)
    return (signed + b"." + _b64(mac.digest())).decode()


def verify(token: str, key: bytes) -> Stamp:
    parts = token.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise ProvenanceError("the token is not a gateway provenance token")
    expected = hmac.new(key, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _unb64(parts[2])):
        raise ProvenanceError(
            "the signature does not match: the token was altered or signed with another key"
        )
    try:
        data: dict[str, Any] = orjson.loads(_unb64(parts[1]))
        data["assets"] = tuple(data.get("assets") or ())
        return Stamp(**data)
    except (orjson.JSONDecodeError, TypeError):
        raise ProvenanceError("the token's payload is not readable") from None


def load_key(configured: str, data_dir: Path, create: bool = True) -> bytes:
    """The configured key, or one generated once and kept (0600) in the data directory."""
    if configured:
        return configured.encode()
    path = data_dir / KEY_FILE
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    if not create:
        raise ProvenanceError(f"no provenance key is configured and none is kept in {data_dir}")
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = os.urandom(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key.hex())
    return key


def now() -> int:
    return int(time.time())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
