"""Scan budget of the shipped policy on one core: fresh prompts, long contexts, repeated history.

    .venv/bin/python bench/scan_bench.py [--config config/gateway.yaml] [--rounds 40]

Prints p50/p99 latency of the whole filter pipeline (normalization included) for a fresh 2 KB
prompt, 100 KB of fresh text, and a 100 KB conversation whose history was seen before plus a new
500-character turn; fresh-text throughput; and this process's resident memory with the models
loaded. Text is generated here (production prose, numbers, code, lists): nothing is read from the
development corpus. Targets of issue 3 are printed beside the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from filters.model import FilterInput, RouteKind, Segment  # noqa: E402
from gateway.policy import build_pipeline  # noqa: E402
from gateway.settings import load_settings  # noqa: E402

WORDS = [
    "lantern",
    "harbour",
    "fog",
    "dusk",
    "tungsten",
    "practical",
    "haze",
    "crane",
    "dolly",
    "lens",
    "anamorphic",
    "grain",
    "palette",
    "teal",
    "amber",
    "village",
    "bakery",
    "mystery",
    "night",
    "market",
    "rain",
    "neon",
    "alley",
    "rooftop",
    "greenhouse",
    "orchard",
    "lighthouse",
    "keeper",
    "storm",
    "schedule",
    "budget",
    "pages",
    "coverage",
    "blocking",
    "rehearsal",
    "wardrobe",
    "texture",
    "moodboard",
    "reference",
    "pitch",
    "deck",
    "logline",
    "editor",
    "colourist",
    "conform",
    "proxy",
    "timeline",
    "render",
    "export",
    "codec",
    "frame",
    "rate",
    "shutter",
    "angle",
    "exposure",
    "contrast",
]
CODE = (
    "def total_runtime(rows):\n    seconds = sum(float(r['dur']) for r in rows)\n    return f'{seconds/3600:.0f}h'\n",
    "for clip in clips:\n    if clip.fps != 24:\n        log.warning('conform %s', clip.name)\n",
    "ffmpeg -i in.mov -c:v libx264 -crf 18 -vf scale=1920:-2 out.mp4\n",
)


def paragraph(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        return rng.choice(CODE)
    if kind < 0.3:
        return "\n".join(
            f"- {rng.choice(WORDS)} {rng.choice(WORDS)}: {rng.randint(1, 400)} x {rng.randint(2, 60)}"
            for _ in range(5)
        )
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70)))
    return (
        words.capitalize()
        + f", about {rng.randint(2, 90)} minutes at {rng.randint(10, 99)}% on day {rng.randint(1, 60)}."
    )


def text_of(size: int, rng: random.Random) -> str:
    parts: list[str] = []
    while sum(len(p) + 2 for p in parts) < size:
        parts.append(paragraph(rng))
    return "\n\n".join(parts)[:size]


def item(segments: list[str]) -> FilterInput:
    return FilterInput(
        "bench", "demo", "crew", "moodboard", RouteKind.CHAT, "m",
        tuple(Segment(t, ("messages", i), "user" if i % 2 == 0 else "assistant") for i, t in enumerate(segments)),
    )  # fmt: skip


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", default=str(ROOT / "config" / "gateway.yaml"))
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    settings = load_settings(args.config, env={"GATEWAY_DATA_DIR": "/nonexistent-bench"})
    # Everything inline on this core: the figures are CPU per request, not pool parallelism.
    pipeline = build_pipeline(settings.policy.model_copy(update={"inline_max_chars": 10**9}), None)
    pipeline.warm_up()
    rng = random.Random(7)

    async def timed(request: FilterInput) -> float:
        started = time.perf_counter()
        result = await pipeline.run(request)
        assert result.verdict.action.label in {"allow", "redact", "review", "block"}
        return (time.perf_counter() - started) * 1000

    fresh_2k = [await timed(item([text_of(2000, rng)])) for _ in range(args.rounds * 5)]
    fresh_100k = [await timed(item([text_of(100_000, rng)])) for _ in range(max(args.rounds // 4, 5))]
    history_runs: list[float] = []
    for _ in range(max(args.rounds // 4, 5)):
        turns = [text_of(2500, rng) for _ in range(40)]
        await timed(item(turns))  # the first time the history is seen
        history_runs.append(await timed(item([*turns, text_of(500, rng)])))
    throughput = 100_000 / (statistics.median(fresh_100k) / 1000) / 1e6
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("fresh 2 KB prompt", fresh_2k, "p50 <= 5 ms"),
        ("fresh 100 KB", fresh_100k, "<= 50 ms"),
        ("100 KB history seen + 500 new", history_runs, "<= 5 ms"),
    ]
    print("| case | p50 ms | p99 ms | target |")
    print("|---|---:|---:|---|")
    for name, values, target in rows:
        print(f"| {name} | {statistics.median(values):.2f} | {percentile(values, 99):.2f} | {target} |")
    print(f"\nfresh-text throughput: {throughput:.2f} MB/s on one core (target >= 1 MB/s)")
    print(f"peak resident memory of this process with the models loaded: {rss:.0f} MB")


if __name__ == "__main__":
    asyncio.run(main())
