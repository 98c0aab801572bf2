"""What is known about one request while it is handled: the audit record and log line are built from it."""

from __future__ import annotations

from dataclasses import dataclass

from filters.model import Reason
from gateway.routing import Route
from gateway.settings import Protocol
from gateway.tokens import CrewIdentity


@dataclass
class Exchange:
    """What is known about one request so far, for the audit record and the log line."""

    request_id: str
    started: float
    protocol: Protocol = Protocol.OPENAI
    route: Route | None = None
    identity: CrewIdentity | None = None
    use: str | None = None
    model: str | None = None
    decision: str = "refused"
    code: str | None = None
    reasons: tuple[Reason, ...] = ()
    status: int = 500
    upstream_status: int | None = None
    filter_ms: float | None = None
    stream: bool = False
