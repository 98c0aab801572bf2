"""Streamed completions through the gateway with output scanning on and off: time to first byte and
total time, against the stand-in provider directly.

    .venv/bin/python bench/stream_bench.py [--requests 60]

The stand-in streams 200 small events, one a millisecond (model "long"). Each server runs in its
own process; requests are sent one at a time by an aiohttp client in this process.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from proxy_bench import free_port, issue_token, start, wait_ready  # noqa: E402

PY = sys.executable
BODY = {
    "model": "long",
    "stream": True,
    "messages": [{"role": "user", "content": "Moodboard words for fog."}],
}


async def measure(url: str, headers: dict[str, str], requests: int) -> tuple[list[float], list[float]]:
    ttfb: list[float] = []
    total: list[float] = []
    async with aiohttp.ClientSession() as session:
        for i in range(requests + 5):
            started = time.perf_counter()
            async with session.post(url, json=BODY, headers=headers) as resp:
                first = await resp.content.readany()
                got_first = time.perf_counter()
                rest = await resp.read()
                done = time.perf_counter()
            if resp.status != 200 or b"word199" not in first + rest:
                raise RuntimeError(f"unexpected answer: status {resp.status}")
            if i >= 5:  # the first few warm connections and caches up
                ttfb.append((got_first - started) * 1000)
                total.append((done - started) * 1000)
    return ttfb, total


def config(workdir: Path, name: str, scan: bool) -> Path:
    data = yaml.safe_load((ROOT / "config" / "gateway.yaml").read_text())
    data["outputs"]["scan"] = scan
    data["policy"]["worker_processes"] = 0
    path = workdir / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    procs: list[subprocess.Popen[bytes]] = []
    rows: dict[str, tuple[list[float], list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="gw-stream-") as tmp:
        workdir = Path(tmp)
        try:
            up_port = free_port()
            procs.append(start([PY, "-m", "tests.standin", str(up_port)], cpus={0}))
            upstream = f"http://127.0.0.1:{up_port}"
            wait_ready(f"{upstream}/v1/models")
            rows["direct"] = await measure(f"{upstream}/v1/chat/completions", {}, args.requests)
            for name, scan in (
                ("gateway, output scanning off", False),
                ("gateway, output scanning on", True),
            ):
                port = free_port()
                env = {
                    "OPENAI_BASE_URL": f"{upstream}/v1",
                    "OPENAI_API_KEY": "sk-bench",
                    "GATEWAY_DATA_DIR": str(workdir / name.replace(" ", "-").replace(",", "")),
                    "GATEWAY_PORT": str(port),
                }
                path = config(workdir, name.replace(" ", "-").replace(",", ""), scan)
                token = issue_token(path, env)
                proc = start([PY, "-m", "gateway", "serve", "--config", str(path)], env, cpus={1})
                procs.append(proc)
                wait_ready(f"http://127.0.0.1:{port}/healthz")
                headers = {"Authorization": f"Bearer {token}", "X-GenAI-Use": "moodboard"}
                rows[name] = await measure(
                    f"http://127.0.0.1:{port}/openai/v1/chat/completions", headers, args.requests
                )
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(timeout=10)
    print("| path | TTFB p50 ms | TTFB p99 ms | total p50 ms | total p99 ms |")
    print("|---|---:|---:|---:|---:|")
    for name, (ttfb, total) in rows.items():
        q = statistics.quantiles
        print(
            f"| {name} | {statistics.median(ttfb):.2f} | {q(ttfb, n=100)[98]:.2f} | "
            f"{statistics.median(total):.2f} | {q(total, n=100)[98]:.2f} |"
        )
    off = statistics.median(rows["gateway, output scanning off"][0])
    on = statistics.median(rows["gateway, output scanning on"][0])
    print(f"\noutput scanning adds {on - off:.2f} ms to the time to first byte at p50 (target <= 20 ms)")


if __name__ == "__main__":
    os.chdir(ROOT)
    asyncio.run(main())
