"""Chunks are stable as a conversation grows, map spans back exactly, and let the cache skip history."""

from __future__ import annotations

import asyncio

import pytest

from filters.chunks import CHUNK_CHARS, make_chunks
from filters.model import Action, FilterInput, Reason, RouteKind, Segment, Span, Verdict
from filters.pipeline import Pipeline
from filters.registry import build_filter


def _segments(*texts: str) -> tuple[Segment, ...]:
    return tuple(Segment(t, ("messages", i)) for i, t in enumerate(texts))


def test_history_chunks_keep_their_keys_when_a_turn_is_added() -> None:
    history = [f"turn {i}: " + "moodboard notes about fog and lanterns. " * 40 for i in range(30)]
    before = make_chunks(_segments(*history))
    after = make_chunks(_segments(*history, "a new question"))
    keys_before = {c.key(b"s", "ctx") for c in before}
    keys_after = {c.key(b"s", "ctx") for c in after}
    changed = keys_after - keys_before
    assert len(changed) <= 3  # the last chunk and the seams next to it
    assert all(c.chars <= CHUNK_CHARS for c in after)


def test_long_segments_are_cut_with_overlap_and_spans_map_back() -> None:
    text = "".join(f"line {i:05d} of a long pasted file\n" for i in range(2000))
    chunks = make_chunks(_segments("short", text))
    covered = sorted((p.offset, p.offset + len(p.text)) for c in chunks for p in c.pieces if p.segment == 1)
    assert covered[0][0] == 0
    assert max(end for _, end in covered) == len(text)
    chunk = next(c for c in chunks if any(p.segment == 1 and p.offset > 0 for p in c.pieces))
    local = next(i for i, p in enumerate(chunk.pieces) if p.segment == 1 and p.offset > 0)
    piece = chunk.pieces[local]
    verdict = Verdict(Action.BLOCK, (Reason("f", "c", Action.BLOCK, span=Span(local, 5, 10)),))
    [moved] = chunk.remap(verdict).reasons
    assert moved.span == Span(1, piece.offset + 5, piece.offset + 10)
    assert text[moved.span.start : moved.span.end] == piece.text[5:10]


def test_content_split_across_a_chunk_boundary_is_seen_in_the_seam() -> None:
    filler = "Ideas for a pitch deck about lighthouses. " * 95
    segments = _segments(filler + "her SSN is 611-27", "-4490 thanks")
    check = build_filter("personal_data", "personal_data", {"use_ner": False})
    item = FilterInput("r", "demo", "c", "pitch", RouteKind.CHAT, "m", segments)
    result = asyncio.run(Pipeline([check], 5.0, None).run(item))
    assert result.verdict.action is Action.BLOCK


@pytest.mark.parametrize("inline", [0, 10**9])
def test_history_is_served_from_the_cache(inline: int) -> None:
    calls: list[int] = []

    class Counting:
        name = "counting"

        def check(self, item: FilterInput, text: object) -> Verdict:
            calls.append(len(item.segments))
            return Verdict.allow()

        def message(self, code: str) -> str:
            return ""

    history = [f"turn {i} " * 300 for i in range(20)]
    pipeline = Pipeline([Counting()], 5.0, None, inline_max_chars=inline)

    async def run(*texts: str) -> int:
        item = FilterInput("r", "demo", "c", "pitch", RouteKind.CHAT, "m", _segments(*texts))
        result = await pipeline.run(item)
        return result.cached_chunks

    first = asyncio.run(run(*history))
    assert first == 0
    calls.clear()
    second = asyncio.run(run(*history, "and one more question"))
    assert second > 0
    assert len(calls) <= 3


def test_text_beyond_the_limit_is_refused() -> None:
    flt = build_filter("retention", "retention", {})
    pipeline = Pipeline([flt], 5.0, None, max_text_chars=1000)
    item = FilterInput("r", "demo", "c", "pitch", RouteKind.CHAT, "m", _segments("x" * 2000))
    verdict = asyncio.run(pipeline.run(item)).verdict
    assert verdict.action is Action.BLOCK
    assert verdict.reasons[0].code == "text_too_long"


def test_unrelated_neighbouring_messages_do_not_change_a_verdict() -> None:
    # Each is allowed alone; pasted together (as long contexts are) they must stay allowed.
    questions = [
        "Summarise the plot of The Truman Show and how it deals with a fake, staged reality.",
        "For our animatic only: write a 3-line news ticker for a fictional TV channel about a fictional mayor.",
        "At a high level, how do deepfake detection tools work?",
        "Make him look exactly like the storyboard, is the note from our director about the set dressing.",
        "Is a stock text-to-speech voice fine for the animatic? Nothing will be in the final cut.",
        "List the films Denzel Washington made with Tony Scott.",
        "Pitch idea: a wrong-number call to 555-0142 connects two strangers. Strong hook?",
        "Write a kind note to our producer thanking her for reading the sizzle voice-over herself.",
    ]
    filters = [
        build_filter(kind, kind, {})
        for kind in ("personal_data", "likeness", "deception", "core_story", "retention")
    ]
    item = FilterInput("r", "demo", "c", "pitch", RouteKind.CHAT, "m", _segments("\n\n".join(questions * 3)))
    verdict = asyncio.run(Pipeline(filters, 5.0, None).run(item)).verdict
    assert verdict.action is Action.ALLOW, verdict.reasons
