"""Instructions the shipped policy's scan executes, counted by callgrind: a figure that does not move
with the machine's speed, for comparing two versions of the filters.

    .venv/bin/python bench/scan_instructions.py [--config config/gateway.yaml]

Timings on a shared machine drift by half from one hour to the next (bench/scan_bench.py measured
60 and 106 ms for the same 100 KB within minutes); instruction counts repeat within 0.1% for the
same code, text and hash seed. Counts only what the pipeline executes for 2 x 100 KB and 20 x 2 KB
of fresh text generated as in scan_bench.py, after start-up and a warm-up request. Needs valgrind
(Debian package ``valgrind``): callgrind runs the scan about 50 times slower. Instruction counts are
not time: cache misses and memory stalls are not in them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


async def _child(config: str) -> None:
    from scan_bench import item, text_of

    from gateway.policy import build_pipeline
    from gateway.settings import load_settings

    settings = load_settings(config, env={"GATEWAY_DATA_DIR": "/nonexistent-bench"})
    pipeline = build_pipeline(settings.policy.model_copy(update={"inline_max_chars": 10**9}), None)
    pipeline.warm_up()
    rng = random.Random(11)
    long_texts = [text_of(100_000, rng) for _ in range(2)]
    short_texts = [text_of(2000, rng) for _ in range(20)]
    await pipeline.run(item([text_of(3000, random.Random(1))]))
    print("READY", flush=True)
    sys.stdin.readline()
    for text in [*long_texts, *short_texts]:
        await pipeline.run(item([text]))
    print("DONE", flush=True)
    sys.stdin.readline()


def _measure(config: str) -> int:
    with tempfile.TemporaryDirectory(prefix="scan-ir-") as tmp:
        out = Path(tmp) / "callgrind.out"
        proc = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                "--config",
                config,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        assert proc.stdin is not None
        assert proc.stdout is not None
        try:
            for expected, command in (("READY", ["-i", "on"]), ("DONE", ["-d"])):
                line = proc.stdout.readline().strip()
                if line != expected:
                    raise RuntimeError(f"the scan under callgrind said {line!r}, expected {expected}")
                subprocess.run(
                    ["callgrind_control", *command, str(proc.pid)], capture_output=True, check=True
                )
                proc.stdin.write("go\n")
                proc.stdin.flush()
            proc.wait(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
        dumped = next(Path(tmp).glob("callgrind.out.*"))
        for line in dumped.read_text().splitlines():
            if line.startswith("summary:"):
                return int(line.split()[1])
        raise RuntimeError("callgrind wrote no summary")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", default=str(ROOT / "config" / "gateway.yaml"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        asyncio.run(_child(args.config))
        return
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        sys.exit("valgrind is not installed (Debian package 'valgrind')")
    total = _measure(args.config)
    print(f"instructions for 2 x 100 KB + 20 x 2 KB of fresh text: {total / 1e6:.1f} M")


if __name__ == "__main__":
    main()
