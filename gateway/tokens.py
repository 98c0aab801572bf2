"""Crew tokens: issued by the gateway, stored only as SHA-256 hashes, bound to a crew id and a production.

A token carries 256 bits of randomness, so a plain SHA-256 is enough to make the stored hash useless
to a thief; a slow password hash would only add latency to every request.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from gateway.store.base import Store, TokenRecord

TOKEN_PREFIX = "pgw_"  # noqa: S105 -- the public prefix that marks gateway tokens


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


async def issue(store: Store, crew_id: str, production: str) -> tuple[TokenRecord, str]:
    token = new_token()
    record = TokenRecord(
        token_id="tok_" + secrets.token_hex(6),
        token_hash=hash_token(token),
        crew_id=crew_id,
        production=production,
        created_at=time.time(),
    )
    await store.add_token(record)
    return record, token


class Unknown(enum.Enum):
    """Not in the cache: the store must be asked."""

    ENTRY = "unknown"


UNKNOWN = Unknown.ENTRY


@dataclass(frozen=True, slots=True)
class CrewIdentity:
    token_id: str
    crew_id: str
    production: str


class TokenAuthenticator:
    """Looks tokens up by hash, remembering answers for a few seconds so the store is not hit per request.

    A revocation therefore takes effect within ``cache_seconds`` on every replica.
    """

    def __init__(self, store: Store, cache_seconds: float, max_entries: int = 10_000) -> None:
        self._store = store
        self._ttl = cache_seconds
        self._max = max_entries
        self._cache: dict[str, tuple[float, CrewIdentity | None]] = {}

    def cached(self, token: str) -> CrewIdentity | Unknown | None:
        """The answer without awaiting anything, when it is known: malformed, or cached and fresh.

        Every request asks; a coroutine per request for what is nearly always a dictionary hit costs
        more than the look-up itself.
        """
        if not token.startswith(TOKEN_PREFIX) or len(token) > 128:
            return None
        hit = self._cache.get(hash_token(token))
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        return UNKNOWN

    async def authenticate(self, token: str) -> CrewIdentity | None:
        known = self.cached(token)
        if known is not UNKNOWN:
            return known
        digest = hash_token(token)
        now = time.monotonic()
        record = await self._store.find_token(digest)
        identity = None
        if (
            record is not None
            and record.revoked_at is None
            and hmac.compare_digest(record.token_hash, digest)
        ):
            identity = CrewIdentity(record.token_id, record.crew_id, record.production)
        if self._ttl > 0:
            if len(self._cache) >= self._max:
                self._cache.clear()
            self._cache[digest] = (now + self._ttl, identity)
        return identity
