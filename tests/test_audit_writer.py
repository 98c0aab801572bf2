"""The audit writer batches records, refuses new work when full, and loses nothing on stop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence

from gateway.audit import AuditWriter
from gateway.store.base import AuditRecord


def _record(n: int) -> AuditRecord:
    return AuditRecord(
        f"req_{n}", time.time(), "crew", "demo", "openai", "chat.completions", "m", "pitch", "allow",
        None, (), 200, 200, 1.0, None,
    )  # fmt: skip


class RecordingStore:
    """Only what the writer uses of a store; ``gate`` holds writes back to fill the buffer."""

    def __init__(self, fail_first: bool = False) -> None:
        self.batches: list[list[str]] = []
        self.gate = asyncio.Event()
        self.gate.set()
        self.fail_first = fail_first

    async def write_audit(self, records: Sequence[AuditRecord]) -> None:
        await self.gate.wait()
        if self.fail_first:
            self.fail_first = False
            raise OSError("disk full")
        self.batches.append([r.request_id for r in records])


async def test_records_arriving_together_are_written_as_one_batch() -> None:
    store = RecordingStore()
    writer = AuditWriter(store, 100, linger_s=0.01)  # type: ignore[arg-type]
    writer.start()
    for n in range(5):
        writer.submit(_record(n))
    await writer.flush()
    assert store.batches == [[f"req_{n}" for n in range(5)]]
    await writer.stop()


async def test_batches_are_capped_at_the_batch_size() -> None:
    store = RecordingStore()
    writer = AuditWriter(store, 100, batch_size=4, linger_s=0.01)  # type: ignore[arg-type]
    writer.start()
    for n in range(10):
        writer.submit(_record(n))
    await writer.flush()
    assert [len(b) for b in store.batches] == [4, 4, 2]
    assert [r for b in store.batches for r in b] == [f"req_{n}" for n in range(10)]
    await writer.stop()


async def test_a_full_buffer_refuses_until_the_store_catches_up() -> None:
    store = RecordingStore()
    store.gate.clear()
    writer = AuditWriter(store, 10, batch_size=4, linger_s=0)  # type: ignore[arg-type]
    writer.start()
    for n in range(10):
        writer.submit(_record(n))
    await asyncio.sleep(0.01)
    assert not writer.has_room(), "records being written still count against the limit"
    writer.submit(_record(99))  # dropped and logged, never queued beyond the limit
    store.gate.set()
    await writer.flush()
    assert writer.has_room()
    written = [r for b in store.batches for r in b]
    assert written == [f"req_{n}" for n in range(10)]
    await writer.stop()


async def test_a_failed_write_is_logged_and_the_writer_goes_on() -> None:
    store = RecordingStore(fail_first=True)
    writer = AuditWriter(store, 100, linger_s=0)  # type: ignore[arg-type]
    writer.start()
    writer.submit(_record(1))
    await writer.flush()
    writer.submit(_record(2))
    await writer.flush()
    assert store.batches == [["req_2"]]
    await writer.stop()


async def test_stop_writes_what_is_buffered_without_waiting_for_the_linger() -> None:
    store = RecordingStore()
    writer = AuditWriter(store, 100, linger_s=30)  # type: ignore[arg-type]
    writer.start()
    await asyncio.sleep(0)
    writer.submit(_record(1))
    await asyncio.wait_for(writer.stop(), timeout=5)
    assert store.batches == [["req_1"]]
