"""The embedded store: one SQLite file under the data directory, through aiosqlite."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import aiosqlite
import orjson

from gateway.store.base import AuditRecord, TokenRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS crew_tokens (
    token_id    TEXT PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    crew_id     TEXT NOT NULL,
    production  TEXT NOT NULL,
    created_at  REAL NOT NULL,
    revoked_at  REAL
);
CREATE TABLE IF NOT EXISTS audit (
    request_id      TEXT PRIMARY KEY,
    ts              REAL NOT NULL,
    crew_id         TEXT,
    production      TEXT,
    upstream        TEXT,
    endpoint        TEXT,
    model           TEXT,
    declared_use    TEXT,
    decision        TEXT NOT NULL,
    code            TEXT,
    reasons         TEXT NOT NULL,
    status          INTEGER NOT NULL,
    upstream_status INTEGER,
    latency_ms      REAL NOT NULL,
    filter_ms       REAL
);
CREATE INDEX IF NOT EXISTS audit_ts ON audit (ts);
CREATE INDEX IF NOT EXISTS audit_decision_ts ON audit (decision, ts);
"""

_AUDIT_COLUMNS = (
    "request_id, ts, crew_id, production, upstream, endpoint, model, declared_use, decision, code, "
    "reasons, status, upstream_status, latency_ms, filter_ms"
)


_COLUMN_COUNT = len(AuditRecord._fields)
_REASONS = AuditRecord._fields.index("reasons")
# Batches are inserted with multi-row VALUES statements of these sizes, so only a handful of distinct
# statements exist and all stay in sqlite3's statement cache. One statement binds all of its rows in
# C and steps once: measured at half the CPU of an executemany or a json_each insert per record.
# 64 rows of 15 columns stay under the 999 variables older SQLite builds allow.
_CHUNKS = (64, 16, 4, 1)


@lru_cache(maxsize=len(_CHUNKS))
def _insert_rows(rows: int) -> str:
    row = "(" + ", ".join("?" * _COLUMN_COUNT) + ")"
    return f"INSERT OR REPLACE INTO audit ({_AUDIT_COLUMNS}) VALUES " + ", ".join([row] * rows)  # noqa: S608 -- fixed column list


def _statements(records: Sequence[AuditRecord]) -> list[tuple[str, list[Any]]]:
    values: list[Any] = []
    for record in records:
        row = list(record)
        row[_REASONS] = orjson.dumps(record.reasons).decode() if record.reasons else "[]"
        values += row
    out: list[tuple[str, list[Any]]] = []
    start = 0
    for size in _CHUNKS:
        while len(records) - start >= size:
            out.append((_insert_rows(size), values[start * _COLUMN_COUNT : (start + size) * _COLUMN_COUNT]))
            start += size
    return out


class SqliteStore:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._db: aiosqlite.Connection | None = None

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("store is not open")
        return self._db

    async def open(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._db = await aiosqlite.connect(self._path)
        os.chmod(self._path, 0o600)
        # WAL lets the CLI issue or revoke tokens while the server runs; NORMAL is durable in WAL mode.
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA synchronous=NORMAL")
        await self._db.execute("PRAGMA busy_timeout=5000")
        await self._db.executescript(_SCHEMA)
        await self._db.commit()

    async def close(self) -> None:
        if self._db is not None:
            await self._db.close()
            self._db = None

    async def add_token(self, record: TokenRecord) -> None:
        await self.db.execute(
            "INSERT INTO crew_tokens VALUES (?, ?, ?, ?, ?, ?)",
            (record.token_id, record.token_hash, record.crew_id, record.production, record.created_at, None),
        )
        await self.db.commit()

    async def find_token(self, token_hash: str) -> TokenRecord | None:
        async with self.db.execute(
            "SELECT token_id, token_hash, crew_id, production, created_at, revoked_at "
            "FROM crew_tokens WHERE token_hash = ?",
            (token_hash,),
        ) as cur:
            row = await cur.fetchone()
        return TokenRecord(*row) if row else None

    async def list_tokens(self) -> list[TokenRecord]:
        async with self.db.execute(
            "SELECT token_id, token_hash, crew_id, production, created_at, revoked_at "
            "FROM crew_tokens ORDER BY created_at"
        ) as cur:
            rows = await cur.fetchall()
        return [TokenRecord(*row) for row in rows]

    async def revoke_token(self, token_id: str) -> bool:
        cur = await self.db.execute(
            "UPDATE crew_tokens SET revoked_at = strftime('%s','now') "
            "WHERE token_id = ? AND revoked_at IS NULL",
            (token_id,),
        )
        await self.db.commit()
        return cur.rowcount > 0

    async def write_audit(self, records: Sequence[AuditRecord]) -> None:
        for statement, values in _statements(records):
            await self.db.execute(statement, values)
        await self.db.commit()

    async def recent_audit(self, limit: int = 100, decision: str | None = None) -> list[AuditRecord]:
        query = f"SELECT {_AUDIT_COLUMNS} FROM audit"  # noqa: S608 -- fixed column list
        args: tuple[object, ...] = ()
        if decision:
            query += " WHERE decision = ?"
            args = (decision,)
        query += " ORDER BY ts DESC LIMIT ?"
        async with self.db.execute(query, (*args, limit)) as cur:
            rows = await cur.fetchall()
        return [_audit_from_row(tuple(row)) for row in rows]


def _audit_from_row(row: Sequence[Any]) -> AuditRecord:
    reasons = tuple(orjson.loads(row[_REASONS]))
    return AuditRecord._make((*row[:_REASONS], reasons, *row[_REASONS + 1 :]))
