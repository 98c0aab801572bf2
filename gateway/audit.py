"""Audit records are queued and written in batches by one background task, off the request path."""

from __future__ import annotations

import asyncio

import structlog

from gateway.store.base import AuditRecord, Store

log = structlog.get_logger("gateway.audit")


class AuditWriter:
    """Batches audit records into the store.

    ``has_room`` is checked before a request is forwarded: when the store cannot keep up the gateway
    refuses new requests rather than forward traffic it cannot account for.
    """

    def __init__(self, store: Store, max_queue: int, batch_size: int = 512, linger_s: float = 0.05) -> None:
        self._store = store
        self._queue: asyncio.Queue[AuditRecord | None] = asyncio.Queue(max_queue)
        self._batch = batch_size
        # Waiting a few milliseconds after the first record turns a busy stream of single inserts into
        # a few large transactions; a record is on disk at most this much later.
        self._linger = linger_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="audit-writer")

    def has_room(self) -> bool:
        return not self._queue.full()

    def submit(self, record: AuditRecord) -> None:
        try:
            self._queue.put_nowait(record)
        except asyncio.QueueFull:
            log.error("audit_queue_full", request_id=record.request_id)

    async def _run(self) -> None:
        stopping = False
        while not stopping:
            batch: list[AuditRecord] = []
            item = await self._queue.get()
            taken = 1
            if item is not None and self._linger and self._queue.qsize() < self._batch:
                await asyncio.sleep(self._linger)
            while True:
                if item is None:
                    stopping = True
                else:
                    batch.append(item)
                if stopping or len(batch) >= self._batch or self._queue.empty():
                    break
                item = self._queue.get_nowait()
                taken += 1
            if batch:
                await self._write(batch)
            for _ in range(taken):
                self._queue.task_done()

    async def _write(self, batch: list[AuditRecord]) -> None:
        try:
            await self._store.write_audit(batch)
        except Exception as exc:
            log.error("audit_write_failed", records=len(batch), error=type(exc).__name__)

    async def flush(self) -> None:
        """Wait until everything queued so far is written."""
        await self._queue.join()

    async def stop(self) -> None:
        if self._task is None:
            return
        await self._queue.put(None)
        await self._task
        self._task = None
