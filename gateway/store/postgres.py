"""The scale-out store: PostgreSQL through asyncpg, shared by several gateway replicas."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import asyncpg

from gateway.store.base import AuditRecord, TokenRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS crew_tokens (
    token_id    TEXT PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    crew_id     TEXT NOT NULL,
    production  TEXT NOT NULL,
    created_at  DOUBLE PRECISION NOT NULL,
    revoked_at  DOUBLE PRECISION
);
CREATE TABLE IF NOT EXISTS audit (
    request_id      TEXT PRIMARY KEY,
    ts              DOUBLE PRECISION NOT NULL,
    crew_id         TEXT,
    production      TEXT,
    upstream        TEXT,
    endpoint        TEXT,
    model           TEXT,
    declared_use    TEXT,
    decision        TEXT NOT NULL,
    code            TEXT,
    reasons         JSONB NOT NULL,
    status          INTEGER NOT NULL,
    upstream_status INTEGER,
    latency_ms      DOUBLE PRECISION NOT NULL,
    filter_ms       DOUBLE PRECISION
);
CREATE INDEX IF NOT EXISTS audit_ts ON audit (ts);
CREATE INDEX IF NOT EXISTS audit_decision_ts ON audit (decision, ts);
"""

_AUDIT_COLUMNS = (
    "request_id, ts, crew_id, production, upstream, endpoint, model, declared_use, decision, code, "
    "reasons, status, upstream_status, latency_ms, filter_ms"
)
_INSERT_AUDIT = (
    f"INSERT INTO audit ({_AUDIT_COLUMNS}) "  # noqa: S608 -- fixed column list, no input
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15) "
    "ON CONFLICT (request_id) DO NOTHING"
)
_SELECT_AUDIT = f"SELECT {_AUDIT_COLUMNS} FROM audit"  # noqa: S608 -- fixed column list, no input
_TOKEN_COLUMNS = "token_id, token_hash, crew_id, production, created_at, revoked_at"  # noqa: S105


class PostgresStore:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._pool: Any = None

    async def open(self) -> None:
        self._pool = await asyncpg.create_pool(self._dsn, min_size=1, max_size=8)
        # Several replicas may start at once: serialise schema creation.
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(724031)")
            await conn.execute(_SCHEMA)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def add_token(self, record: TokenRecord) -> None:
        await self._pool.execute(
            f"INSERT INTO crew_tokens ({_TOKEN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, NULL)",  # noqa: S608 -- fixed columns
            record.token_id,
            record.token_hash,
            record.crew_id,
            record.production,
            record.created_at,
        )

    async def find_token(self, token_hash: str) -> TokenRecord | None:
        row = await self._pool.fetchrow(
            f"SELECT {_TOKEN_COLUMNS} FROM crew_tokens WHERE token_hash = $1",  # noqa: S608 -- fixed columns
            token_hash,
        )
        return TokenRecord(*row) if row else None

    async def list_tokens(self) -> list[TokenRecord]:
        rows = await self._pool.fetch(f"SELECT {_TOKEN_COLUMNS} FROM crew_tokens ORDER BY created_at")  # noqa: S608
        return [TokenRecord(*row) for row in rows]

    async def revoke_token(self, token_id: str) -> bool:
        result = await self._pool.execute(
            "UPDATE crew_tokens SET revoked_at = extract(epoch from now()) "
            "WHERE token_id = $1 AND revoked_at IS NULL",
            token_id,
        )
        return str(result).endswith(" 1")

    async def write_audit(self, records: Sequence[AuditRecord]) -> None:
        await self._pool.executemany(
            _INSERT_AUDIT,
            [
                (
                    r.request_id,
                    r.ts,
                    r.crew_id,
                    r.production,
                    r.upstream,
                    r.endpoint,
                    r.model,
                    r.declared_use,
                    r.decision,
                    r.code,
                    json.dumps(list(r.reasons)),
                    r.status,
                    r.upstream_status,
                    r.latency_ms,
                    r.filter_ms,
                )
                for r in records
            ],
        )

    async def recent_audit(self, limit: int = 100, decision: str | None = None) -> list[AuditRecord]:
        if decision:
            rows = await self._pool.fetch(
                f"{_SELECT_AUDIT} WHERE decision = $1 ORDER BY ts DESC LIMIT $2",
                decision,
                limit,
            )
        else:
            rows = await self._pool.fetch(f"{_SELECT_AUDIT} ORDER BY ts DESC LIMIT $1", limit)
        return [
            AuditRecord(
                request_id=row["request_id"],
                ts=row["ts"],
                crew_id=row["crew_id"],
                production=row["production"],
                upstream=row["upstream"],
                endpoint=row["endpoint"],
                model=row["model"],
                declared_use=row["declared_use"],
                decision=row["decision"],
                code=row["code"],
                reasons=tuple(json.loads(row["reasons"])),
                status=row["status"],
                upstream_status=row["upstream_status"],
                latency_ms=row["latency_ms"],
                filter_ms=row["filter_ms"],
            )
            for row in rows
        ]
