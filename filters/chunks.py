"""Cutting a conversation into stable chunks, so history already scanned is never scanned again.

Consecutive segments are packed into chunks of about ``size`` characters, greedily from the first
one: appending a turn changes only the last chunk, so every earlier chunk keeps its content and its
cache key. A segment longer than a chunk is cut at line breaks into overlapping pieces. Between two
chunks a *seam* (the end of one and the start of the next) is scanned too, so content split across
the boundary is still seen whole.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass

from filters.model import Reason, Segment, Span, Verdict

CHUNK_CHARS = 4000
SEAM_CHARS = 500
OVERLAP_CHARS = 200


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of one segment: ``text`` is ``segments[segment].text[offset:offset + len(text)]``."""

    segment: int
    offset: int
    text: str
    role: str


@dataclass(frozen=True, slots=True)
class Chunk:
    pieces: tuple[Piece, ...]

    @property
    def chars(self) -> int:
        return sum(len(p.text) for p in self.pieces)

    def segments(self) -> tuple[Segment, ...]:
        return tuple(
            Segment(p.text, ("chunk", i), p.role, "text", p.segment) for i, p in enumerate(self.pieces)
        )

    def key(self, salt: bytes, context: str) -> bytes:
        """A keyed hash of the chunk and the request context: the cache never holds the text."""
        digest = hashlib.blake2b(key=salt, digest_size=20)
        digest.update(context.encode("utf-8", "surrogatepass"))
        for piece in self.pieces:
            digest.update(b"\x00" + piece.role.encode() + b"\x01")
            digest.update(piece.text.encode("utf-8", "surrogatepass"))
        return digest.digest()

    def remap(self, verdict: Verdict) -> Verdict:
        """Spans found in the chunk, moved to the request's own segments and offsets."""
        if not any(r.span for r in verdict.reasons):
            return verdict
        return Verdict(verdict.action, tuple(self._remap(r) for r in verdict.reasons))

    def _remap(self, reason: Reason) -> Reason:
        if reason.span is None or not 0 <= reason.span.segment < len(self.pieces):
            return reason
        piece = self.pieces[reason.span.segment]
        span = Span(piece.segment, piece.offset + reason.span.start, piece.offset + reason.span.end)
        return Reason(
            reason.filter, reason.code, reason.action, reason.entity_type, span, reason.score, reason.details
        )


def _pieces(index: int, segment: Segment, size: int) -> list[Piece]:
    text = segment.text
    if len(text) <= size:
        return [Piece(index, 0, text, segment.role)]
    pieces: list[Piece] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut > start else end
        pieces.append(Piece(index, start, text[start:end], segment.role))
        if end >= len(text):
            break
        start = max(end - OVERLAP_CHARS, start + 1)
    return pieces


def _seam(left: Chunk, right: Chunk, reach: int) -> Chunk:
    tail: list[Piece] = []
    need = reach
    for piece in reversed(left.pieces):
        if need <= 0:
            break
        take = piece.text[-need:]
        tail.insert(0, Piece(piece.segment, piece.offset + len(piece.text) - len(take), take, piece.role))
        need -= len(take)
    head: list[Piece] = []
    need = reach
    for piece in right.pieces:
        if need <= 0:
            break
        take = piece.text[:need]
        head.append(Piece(piece.segment, piece.offset, take, piece.role))
        need -= len(take)
    return Chunk((*tail, *head))


def make_chunks(
    segments: tuple[Segment, ...], size: int = CHUNK_CHARS, seam: int = SEAM_CHARS
) -> list[Chunk]:
    """The chunks of a request, followed by the seams between consecutive chunks."""
    chunks: list[Chunk] = []
    current: list[Piece] = []
    filled = 0
    for index, segment in enumerate(segments):
        for piece in _pieces(index, segment, size):
            if current and filled + len(piece.text) > size:
                chunks.append(Chunk(tuple(current)))
                current, filled = [], 0
            current.append(piece)
            filled += len(piece.text)
    if current:
        chunks.append(Chunk(tuple(current)))
    seams = [_seam(a, b, seam) for a, b in itertools.pairwise(chunks)]
    return chunks + seams
