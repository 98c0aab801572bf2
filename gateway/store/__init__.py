"""Store selection: embedded SQLite by default, PostgreSQL when a store URL is configured."""

from __future__ import annotations

from pathlib import Path

from gateway.settings import StoreSettings
from gateway.store.base import AuditRecord, Store, TokenRecord

__all__ = ["AuditRecord", "Store", "TokenRecord", "open_store"]

SQLITE_FILENAME = "gateway.sqlite3"


def make_store(settings: StoreSettings) -> Store:
    url = settings.url.get_secret_value()
    if url.startswith(("postgresql://", "postgres://")):
        from gateway.store.postgres import PostgresStore

        return PostgresStore(url)
    from gateway.store.sqlite import SqliteStore

    if url.startswith("sqlite:///"):
        return SqliteStore(Path(url.removeprefix("sqlite:///")))
    return SqliteStore(settings.data_dir / SQLITE_FILENAME)


async def open_store(settings: StoreSettings) -> Store:
    store = make_store(settings)
    await store.open()
    return store
