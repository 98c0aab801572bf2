"""structlog JSON logging to stdout, with an allowlist so only known, text-free keys are ever written."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import orjson
import structlog

# Every key a log event may carry. Anything else is dropped, so a careless ``log.info(..., body=...)``
# cannot leak prompt text or secrets into the logs.
ALLOWED_KEYS = frozenset(
    {
        "event",
        "level",
        "timestamp",
        "logger",
        "request_id",
        "crew_id",
        "production",
        "upstream",
        "endpoint",
        "model",
        "use",
        "decision",
        "code",
        "codes",
        "status",
        "upstream_status",
        "latency_ms",
        "filter_ms",
        "error",
        "records",
        "host",
        "port",
        "filters",
        "store",
        "path_kind",
        "method",
        "token_id",
        "bytes_in",
        "bytes_out",
        "stream",
        "reason_count",
    }
)


def drop_unknown_keys(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in [k for k in event if k not in ALLOWED_KEYS]:
        del event[key]
    return event


def _dumps(event: Any, **_: Any) -> str:
    return orjson.dumps(event, default=str).decode()


def configure(level: str = "info") -> None:
    """The one logging setup, called from ``__main__`` only."""
    numeric = logging.getLevelName(level.upper())
    logging.basicConfig(stream=sys.stdout, level=numeric, format="%(message)s")
    # aiohttp's access log would print full URLs and user agents; the gateway writes its own line.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    # Presidio announces every recognizer it loads; only its warnings are worth a line.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            drop_unknown_keys,
            structlog.processors.JSONRenderer(serializer=_dumps),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(sys.stdout),
        cache_logger_on_first_use=True,
    )
