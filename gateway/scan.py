"""``python -m gateway scan``: the proxy's normalizer and pipeline over JSONL, for policy testing."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any

from filters.model import FilterInput, RouteKind
from filters.pipeline import Pipeline
from gateway.errors import GatewayError
from gateway.normalize.common import Collector
from gateway.normalize.openai import chat
from gateway.policy import build_pipeline
from gateway.settings import Settings


async def scan_line(pipeline: Pipeline, line: str, number: int, production: str, use: str) -> dict[str, Any]:
    item_id: Any = f"line-{number}"
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise GatewayError(400, "invalid_request", "each line must be a JSON object")
        item_id = record.get("id", item_id)
        col = Collector()
        chat({"messages": record.get("messages")}, col)
    except (json.JSONDecodeError, GatewayError) as exc:
        code = exc.code if isinstance(exc, GatewayError) else "invalid_json"
        # Fail closed, as the proxy does: what cannot be read is not allowed.
        return {"id": item_id, "action": "block", "reasons": [{"filter": "gateway", "code": code}]}
    item = FilterInput(
        request_id=str(item_id),
        production=production,
        crew_id="scan",
        declared_use=use,
        route=RouteKind.CHAT,
        model="",
        segments=tuple(col.segments),
        attachments=tuple(col.attachments),
    )
    result = await pipeline.run(item)
    return {
        "id": item_id,
        "action": result.verdict.action.label,
        "reasons": [r.to_dict() for r in result.verdict.reasons],
    }


async def scan_stream(
    settings: Settings, source: IO[str], sink: IO[str], *, production: str | None, use: str
) -> int:
    production = production or next(iter(settings.productions), "scan")
    with ThreadPoolExecutor(settings.policy.worker_threads, thread_name_prefix="filter") as executor:
        pipeline = build_pipeline(settings.policy, executor)
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            out = await scan_line(pipeline, line, number, production, use)
            sink.write(json.dumps(out) + "\n")
            sink.flush()
    return 0
