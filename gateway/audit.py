"""Audit records are buffered and written in batches by one background task, off the request path."""

from __future__ import annotations

import asyncio
import contextlib

import structlog

from gateway.store.base import AuditRecord, Store

log = structlog.get_logger("gateway.audit")


class AuditWriter:
    """Batches audit records into the store.

    ``has_room`` is checked before a request is forwarded: when the store cannot keep up the gateway
    refuses new requests rather than forward traffic it cannot account for.

    A plain list rather than an ``asyncio.Queue``: ``submit`` runs on every request, and a queue's
    put, get and task_done per record cost more than the rest of the bookkeeping.
    """

    def __init__(self, store: Store, max_records: int, batch_size: int = 512, linger_s: float = 0.05) -> None:
        self._store = store
        self._max = max_records
        self._batch = batch_size
        # Waiting a few milliseconds after the first record turns a busy stream of single inserts into
        # a few large transactions; a record is on disk at most this much later.
        self._linger = linger_s
        self._pending: list[AuditRecord] = []
        self._in_flight = 0
        self._submitted = 0
        self._written = 0
        self._wake = asyncio.Event()
        self._hurry = asyncio.Event()  # a full batch or a stop ends the linger early
        self._progress = asyncio.Condition()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="audit-writer")

    def has_room(self) -> bool:
        return len(self._pending) + self._in_flight < self._max

    def submit(self, record: AuditRecord) -> None:
        pending = self._pending
        if len(pending) + self._in_flight >= self._max:
            log.error("audit_queue_full", request_id=record.request_id)
            return
        pending.append(record)
        self._submitted += 1
        if len(pending) == 1:
            self._wake.set()
        elif len(pending) == self._batch:
            self._hurry.set()

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            if self._linger and not self._stopping and len(self._pending) < self._batch:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._linger):
                        await self._hurry.wait()
            self._hurry.clear()
            while self._pending:
                batch = self._pending[: self._batch]
                del self._pending[: self._batch]
                self._in_flight = len(batch)
                await self._write(batch)
                self._in_flight = 0
                self._written += len(batch)
                async with self._progress:
                    self._progress.notify_all()
            if self._stopping:
                return

    async def _write(self, batch: list[AuditRecord]) -> None:
        try:
            await self._store.write_audit(batch)
        except Exception as exc:
            log.error("audit_write_failed", records=len(batch), error=type(exc).__name__)

    async def flush(self) -> None:
        """Wait until everything submitted so far has been handed to the store."""
        target = self._submitted
        async with self._progress:
            await self._progress.wait_for(lambda: self._written >= target)

    async def stop(self) -> None:
        """Write what is buffered, then end the writer task."""
        if self._task is None:
            return
        self._stopping = True
        self._wake.set()
        self._hurry.set()
        await self._task
        self._task = None
