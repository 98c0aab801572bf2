"""Both store backends keep tokens as hashes and audit records as ids, codes and spans."""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from gateway import state
from gateway.store.base import AuditRecord, Store
from gateway.store.postgres import PostgresStore
from gateway.store.sqlite import SqliteStore
from gateway.tokens import UNKNOWN, TokenAuthenticator, hash_token, issue

PG_ADMIN = os.environ.get("GATEWAY_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@contextlib.asynccontextmanager
async def throwaway_database() -> AsyncIterator[str]:
    """A fresh database on the machine's PostgreSQL, dropped afterwards."""
    name = "gw_test_" + secrets.token_hex(4)
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    async with contextlib.AsyncExitStack() as stack:
        backend: Store
        if request.param == "sqlite":
            backend = SqliteStore(tmp_path / "g.sqlite3")
        else:
            backend = PostgresStore(await stack.enter_async_context(throwaway_database()))
        await backend.open()
        stack.push_async_callback(backend.close)
        yield backend


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    """The embedded store alone, for behaviour that does not depend on the backend."""
    backend = SqliteStore(tmp_path / "g.sqlite3")
    await backend.open()
    try:
        yield backend
    finally:
        await backend.close()


def _record(request_id: str, decision: str = "block") -> AuditRecord:
    return AuditRecord(
        ts=time.time(),
        request_id=request_id,
        crew_id="crew-1",
        production="demo",
        upstream="openai",
        endpoint="chat.completions",
        model="m",
        declared_use="pitch",
        decision=decision,
        code="codename" if decision == "block" else None,
        reasons=({"filter": "deny", "code": "codename", "action": "block", "span": [0, 1, 5]},),
        status=403 if decision == "block" else 200,
        upstream_status=None,
        latency_ms=1.5,
        filter_ms=0.3,
    )


async def test_tokens_are_stored_hashed_and_revocable(store: Store) -> None:
    record, token = await issue(store, "crew-1", "demo")
    assert token.startswith("pgw_")
    assert record.token_hash == hash_token(token)
    assert all(token not in repr(r) for r in await store.list_tokens())
    auth = TokenAuthenticator(store, cache_seconds=0)
    identity = await auth.authenticate(token)
    assert identity is not None
    assert (identity.crew_id, identity.production) == ("crew-1", "demo")
    assert await auth.authenticate(token + "x") is None
    assert await store.revoke_token(record.token_id)
    assert not await store.revoke_token(record.token_id)
    assert await auth.authenticate(token) is None


async def test_audit_round_trip_and_filter(store: Store) -> None:
    await store.write_audit([_record("req_1"), _record("req_2", "allow"), _record("req_3")])
    everything = await store.recent_audit(limit=10)
    assert {r.request_id for r in everything} == {"req_1", "req_2", "req_3"}
    blocked = await store.recent_audit(limit=10, decision="block")
    assert {r.request_id for r in blocked} == {"req_1", "req_3"}
    assert blocked[0].reasons[0]["span"] == [0, 1, 5]


@pytest.mark.parametrize("count", [1, 5, 63, 64, 150])
async def test_audit_batches_of_any_size_keep_every_field(store: Store, count: int) -> None:
    """Batches are split into multi-row statements of fixed sizes; no record may be lost or shifted."""
    records = [
        _record(f"req_{i:03d}", "block" if i % 3 == 0 else "allow")._replace(latency_ms=float(i))
        for i in range(count)
    ]
    await store.write_audit(records)
    stored = {r.request_id: r for r in await store.recent_audit(limit=1000)}
    assert len(stored) == count
    for record in records:
        got = stored[record.request_id]
        assert (got.decision, got.latency_ms, got.code) == (record.decision, record.latency_ms, record.code)
        assert list(got.reasons) == list(record.reasons)


async def test_audit_record_without_reasons_reads_back_empty(store: Store) -> None:
    await store.write_audit([_record("req_plain", "allow")._replace(reasons=())])
    [record] = await store.recent_audit(limit=5)
    assert record.reasons == ()


async def test_token_cache_remembers_for_its_ttl(sqlite_store: SqliteStore) -> None:
    record, token = await issue(sqlite_store, "crew-1", "demo")
    auth = TokenAuthenticator(sqlite_store, cache_seconds=60)
    assert await auth.authenticate(token) is not None
    await sqlite_store.revoke_token(record.token_id)
    assert await auth.authenticate(token) is not None, "cached within the TTL"
    assert await TokenAuthenticator(sqlite_store, cache_seconds=60).authenticate(token) is None


async def test_cached_answers_without_the_store_only_what_it_knows(sqlite_store: SqliteStore) -> None:
    _, token = await issue(sqlite_store, "crew-1", "demo")
    auth = TokenAuthenticator(sqlite_store, cache_seconds=60)
    assert auth.cached("sk-not-ours") is None, "not a gateway token: refused without a look-up"
    assert auth.cached(token) is UNKNOWN, "never seen: the store must be asked"
    identity = await auth.authenticate(token)
    assert identity is not None
    assert auth.cached(token) == identity
    expired = TokenAuthenticator(sqlite_store, cache_seconds=0)
    await expired.authenticate(token)
    assert expired.cached(token) is UNKNOWN, "nothing is cached without a TTL"


async def test_sqlite_file_is_private(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "sub" / "g.sqlite3")
    await store.open()
    await store.close()
    assert (tmp_path / "sub" / "g.sqlite3").stat().st_mode & 0o077 == 0


async def test_gateway_on_postgresql_end_to_end(make_gateway: Any) -> None:
    """The scale-out path: the same gateway with its tokens and audit in PostgreSQL."""
    async with throwaway_database() as url:
        gateway = await make_gateway(store={"url": url})
        client = gateway.openai()
        await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "moodboard"}])
        [record] = await gateway.audit()
        assert (record.decision, record.production) == ("allow", "demo")
        assert isinstance(gateway.app[state.STORE], PostgresStore)
        await gateway.close()
        gateway.clients.clear()
