"""A small closed-loop HTTP load generator (aiohttp client), run in its own process by the benchmarks.

Each of N connections sends its next request as soon as the previous answer is read, for a fixed
time; it prints one JSON line: requests/s and latency percentiles in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

import aiohttp


async def _worker(
    session: aiohttp.ClientSession,
    url: str,
    body: bytes,
    headers: dict[str, str],
    until: float,
    latencies: list[float],
    errors: list[int],
) -> None:
    while time.perf_counter() < until:
        started = time.perf_counter()
        async with session.post(url, data=body, headers=headers) as resp:
            await resp.read()
            if resp.status != 200:
                errors.append(resp.status)
        latencies.append((time.perf_counter() - started) * 1000)


async def run(
    url: str, body: bytes, headers: dict[str, str], connections: int, duration: float, warmup: float
) -> dict[str, float]:
    connector = aiohttp.TCPConnector(limit=connections, force_close=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        sink: list[float] = []
        await asyncio.gather(
            *(
                _worker(session, url, body, headers, time.perf_counter() + warmup, sink, [])
                for _ in range(connections)
            )
        )
        latencies: list[float] = []
        errors: list[int] = []
        started = time.perf_counter()
        until = started + duration
        await asyncio.gather(
            *(_worker(session, url, body, headers, until, latencies, errors) for _ in range(connections))
        )
        elapsed = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "requests": len(latencies),
        "errors": len(errors),
        "rps": len(latencies) / elapsed,
        "p50_ms": q[49],
        "p99_ms": q[98],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--body", default="{}")
    parser.add_argument("--header", action="append", default=[])
    args = parser.parse_args()
    headers = dict(h.split(":", 1) for h in args.header)
    headers = {k.strip(): v.strip() for k, v in headers.items()}
    result = asyncio.run(
        run(args.url, args.body.encode(), headers, args.connections, args.duration, args.warmup)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
