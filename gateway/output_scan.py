"""The policy's output filters, run over text a provider generated before it reaches the crew."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from filters.base import Filter
from filters.chunks import Chunk, Piece
from filters.model import FilterInput, RouteKind, Verdict
from filters.pipeline import check_chunk
from gateway.exchange import Exchange


@dataclass(frozen=True, slots=True)
class OutputScanner:
    """Runs the configured output filters; with none configured it allows everything."""

    filters: Sequence[Filter] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.filters)

    def __call__(self, text: str, ex: Exchange) -> Verdict:
        if not text or not self.filters:
            return Verdict.allow()
        identity = ex.identity
        item = FilterInput(
            ex.request_id,
            identity.production if identity else "",
            identity.crew_id if identity else "",
            ex.use or "",
            RouteKind.CHAT,
            ex.model or "",
        )
        verdicts = check_chunk(self.filters, item, Chunk((Piece(0, 0, text, "assistant"),)))
        return Verdict.merge(list(verdicts))
