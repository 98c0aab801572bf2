"""The state the gateway keeps, behind one interface with an embedded and a server backend.

Nothing stored here can reconstruct a prompt or a completion: tokens are kept as hashes, audit
records as ids, codes, entity types, spans and scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol


@dataclass(frozen=True, slots=True)
class TokenRecord:
    token_id: str
    token_hash: str
    crew_id: str
    production: str
    created_at: float
    revoked_at: float | None = None


class AuditRecord(NamedTuple):
    """One request's audit entry. A NamedTuple: built on every request, so it must be cheap."""

    request_id: str
    ts: float
    crew_id: str | None
    production: str | None
    upstream: str | None
    endpoint: str | None
    model: str | None
    declared_use: str | None
    decision: str
    code: str | None
    reasons: tuple[dict[str, Any], ...]
    status: int
    upstream_status: int | None
    latency_ms: float
    filter_ms: float | None


class Store(Protocol):
    async def open(self) -> None: ...

    async def close(self) -> None: ...

    async def add_token(self, record: TokenRecord) -> None: ...

    async def find_token(self, token_hash: str) -> TokenRecord | None: ...

    async def list_tokens(self) -> list[TokenRecord]: ...

    async def revoke_token(self, token_id: str) -> bool: ...

    async def write_audit(self, records: Sequence[AuditRecord]) -> None: ...

    async def recent_audit(self, limit: int = 100, decision: str | None = None) -> list[AuditRecord]: ...
