"""Proxy overhead on loopback: the stand-in provider directly, a minimal aiohttp pass-through, and the
gateway with a pass-through policy and with the shipped policy.

    .venv/bin/python bench/proxy_bench.py [--duration 8] [--connections 1 64]

Every server and the load generator run in their own processes. The load generator is wrk when it
is installed (Debian package ``wrk``; it leaves the CPU to the servers), else ``bench/loadgen.py``.
On a machine with two or more cores the proxy under test is pinned to its own core, and the
stand-in provider and the load generator share another, so that the figures compare the proxies
rather than the scheduler's mood. Prints requests/s, p50/p99 latency, the added p50 over direct,
the proxy's CPU time per request, the gateway's resident memory, and checks the targets of issue 2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BODY = json.dumps(
    {
        "model": "gpt-test",
        "messages": [
            {"role": "system", "content": "You help a film crew brainstorm during early development."},
            {
                "role": "user",
                "content": "Give me ten moodboard keywords for a rain-soaked neon night market.",
            },
        ],
        "temperature": 0.7,
    }
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 -- loopback URL built here
                return
        except OSError as exc:
            if getattr(exc, "code", None):  # an HTTP error status means the server answers
                return
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not start")


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident memory of a process and all its descendants (the gateway's worker processes)."""

    def status(p: int) -> dict[str, str]:
        text = Path(f"/proc/{p}/status").read_text()
        return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)

    def children(p: int) -> list[int]:
        found: list[int] = []
        for task in Path(f"/proc/{p}/task").iterdir():
            found.extend(int(c) for c in (task / "children").read_text().split())
        return found

    rss = peak = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        fields = status(current)
        rss += int(fields["VmRSS"].split()[0]) / 1024
        peak += int(fields["VmHWM"].split()[0]) / 1024
        todo.extend(children(current))
    return rss, peak


PIN = (os.cpu_count() or 1) >= 2 and shutil.which("taskset") is not None
SERVER_CPU, CLIENT_CPU = {1}, {0}


def _pinned(cpus: set[int]) -> list[str]:
    return ["taskset", "-c", ",".join(map(str, sorted(cpus)))] if PIN else []


def start(
    args: list[str], env: dict[str, str] | None = None, cpus: set[int] = CLIENT_CPU
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*_pinned(cpus), *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def gateway_config(workdir: Path, name: str, filters: bool) -> Path:
    config = yaml.safe_load((ROOT / "config" / "gateway.yaml").read_text())
    if not filters:
        config["policy"]["filters"] = []
        config["outputs"]["filters"] = []
        config["policy"]["worker_processes"] = 0
    path = workdir / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def issue_token(config: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [
            PY,
            "-m",
            "gateway",
            "tokens",
            "issue",
            "--config",
            str(config),
            "--crew",
            "bench",
            "--production",
            "demo",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %d, "errors": %d, "seconds": %f, "p50_ms": %f, "p99_ms": %f}\\n',
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
"""


def _wrk(
    url: str, connections: int, duration: float, headers: list[str], workdir: Path, pid: int | None
) -> dict[str, float]:
    script = workdir / "post.lua"
    lines = [
        'wrk.method = "POST"',
        f"wrk.body = {json.dumps(BODY)}",
        'wrk.headers["Content-Type"] = "application/json"',
    ]
    lines += [
        f"wrk.headers[{json.dumps(k.strip())}] = {json.dumps(v.strip())}"
        for k, v in (h.split(":", 1) for h in headers)
    ]
    script.write_text("\n".join(lines) + WRK_REPORT)
    # A second of warm-up first, unmeasured: connection pools and caches fill.
    warm = ["wrk", "-t1", f"-c{connections}", "-d1s", "-s", str(script), url]
    subprocess.run([*_pinned(CLIENT_CPU), *warm], capture_output=True, check=True)
    args = ["wrk", "-t1", f"-c{connections}", f"-d{round(duration)}s", "-s", str(script), url]
    before = cpu_seconds(pid) if pid else 0.0
    done = subprocess.run([*_pinned(CLIENT_CPU), *args], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["rps"] = result["requests"] / result["seconds"]
    if pid:
        result["cpu_us_per_request"] = (cpu_seconds(pid) - before) / max(result["requests"], 1) * 1e6
    return result


def load(
    url: str, connections: int, duration: float, headers: list[str], workdir: Path, pid: int | None
) -> dict[str, float]:
    if shutil.which("wrk"):
        return _wrk(url, connections, duration, headers, workdir, pid)
    args = [PY, str(ROOT / "bench" / "loadgen.py"), url, "--connections", str(connections)]
    args += ["--duration", str(duration), "--body", BODY]
    for header in headers:
        args += ["--header", header]
    done = subprocess.run([*_pinned(CLIENT_CPU), *args], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=8.0)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 64])
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="fresh processes per round; the report gives each figure's median over the rounds",
    )
    args = parser.parse_args()

    rounds: list[dict[str, Any]] = []
    for number in range(args.rounds):
        print(f"round {number + 1} of {args.rounds}...", file=sys.stderr)
        rounds.append(one_round(args.duration, args.connections))
    results = median_of(rounds)
    report(results, rounds)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "proxy.json").write_text(json.dumps({"median": results, "rounds": rounds}, indent=2))


def one_round(duration: float, connection_counts: list[int]) -> dict[str, Any]:
    """Every target measured once, each in a freshly started process.

    Fresh processes per round because a Python server's speed differs from one start to the next
    (hash seed, memory layout): within one process repeated runs agree to a few percent, across
    starts the gateway's CPU per request was seen to vary by up to 20%.
    """
    procs: list[subprocess.Popen[bytes]] = []
    results: dict[str, Any] = {
        "connections": {},
        "memory_mb": {},
        "load_generator": "wrk" if shutil.which("wrk") else "bench/loadgen.py",
    }
    with tempfile.TemporaryDirectory(prefix="gw-bench-") as tmp:
        workdir = Path(tmp)
        try:
            up_port = free_port()
            procs.append(start([PY, "-m", "tests.standin", str(up_port)]))
            upstream = f"http://127.0.0.1:{up_port}"
            targets: dict[str, tuple[str, list[str], int | None]] = {
                "direct": (f"{upstream}/v1/chat/completions", [], None),
            }
            # The gateway runs on uvloop by default, so the minimal proxy is measured on both loops:
            # the target compares like with like (uvloop), the asyncio row shows what uvloop buys.
            for name, loop in (("minimal proxy", "asyncio"), ("minimal proxy (uvloop)", "uvloop")):
                min_port = free_port()
                minimal = start(
                    [PY, str(ROOT / "bench" / "minimal_proxy.py"), str(min_port), f"{upstream}/v1", loop],
                    cpus=SERVER_CPU,
                )
                procs.append(minimal)
                targets[name] = (f"http://127.0.0.1:{min_port}/openai/v1/chat/completions", [], minimal.pid)
            gateway_pids: dict[str, int] = {}
            for name, filters in (("gateway pass-through", False), ("gateway shipped policy", True)):
                port = free_port()
                env = {
                    "OPENAI_BASE_URL": f"{upstream}/v1",
                    "OPENAI_API_KEY": "sk-bench",
                    "GATEWAY_DATA_DIR": str(workdir / name.replace(" ", "-")),
                    "GATEWAY_PORT": str(port),
                }
                config = gateway_config(workdir, name.replace(" ", "-"), filters)
                token = issue_token(config, env)
                proc = start([PY, "-m", "gateway", "serve", "--config", str(config)], env, cpus=SERVER_CPU)
                procs.append(proc)
                gateway_pids[name] = proc.pid
                targets[name] = (
                    f"http://127.0.0.1:{port}/openai/v1/chat/completions",
                    [f"Authorization: Bearer {token}", "X-GenAI-Use: moodboard"],
                    proc.pid,
                )
                wait_ready(f"http://127.0.0.1:{port}/healthz")
            wait_ready(f"{upstream}/v1/models")
            for name, (url, _, _) in targets.items():
                if name.startswith("minimal"):
                    wait_ready(url.replace("/chat/completions", "/models"))

            for connections in connection_counts:
                row: dict[str, Any] = {}
                for name, (url, headers, pid) in targets.items():
                    row[name] = load(url, connections, duration, headers, workdir, pid)
                results["connections"][connections] = row
            for name, pid in gateway_pids.items():
                rss, peak = rss_mb(pid)
                results["memory_mb"][name] = {"rss": round(rss, 1), "peak": round(peak, 1)}
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(timeout=10)

    return results


def median_of(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    first = rounds[0]
    memory = {
        name: {key: max(r["memory_mb"][name][key] for r in rounds) for key in ("rss", "peak")}
        for name in first["memory_mb"]
    }
    merged: dict[str, Any] = {"connections": {}, "memory_mb": memory}
    merged["load_generator"] = first["load_generator"]
    for connections, row in first["connections"].items():
        merged["connections"][connections] = {
            name: {
                key: statistics.median(r["connections"][connections][name][key] for r in rounds)
                for key in cells
            }
            for name, cells in row.items()
        }
    return merged


def report(results: dict[str, Any], rounds: list[dict[str, Any]]) -> None:
    print(f"median of {len(rounds)} round(s), each with freshly started processes; memory: the largest")
    for connections, row in results["connections"].items():
        direct = row["direct"]
        print(f"\n{connections} connection(s)")
        print("| target | req/s | p50 ms | p99 ms | +p50 ms over direct | proxy CPU us/req | errors |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, r in row.items():
            added = r["p50_ms"] - direct["p50_ms"]
            cpu = f"{r['cpu_us_per_request']:.0f}" if "cpu_us_per_request" in r else "-"
            print(
                f"| {name} | {r['rps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {added:.2f} | {cpu} | {r['errors']:.0f} |"
            )
        minimal = row["minimal proxy"]["rps"]
        same_loop = row["minimal proxy (uvloop)"]["rps"]
        gateway = row["gateway pass-through"]["rps"]
        print(
            f"minimal proxy keeps {minimal / direct['rps']:.0%} of direct; "
            f"gateway pass-through (uvloop) keeps {gateway / same_loop:.0%} of the minimal proxy on uvloop "
            f"(target >= 80%) and {gateway / minimal:.0%} of the minimal proxy on asyncio's loop"
        )
        per_round = [
            r["connections"][connections]["gateway pass-through"]["rps"]
            / r["connections"][connections]["minimal proxy (uvloop)"]["rps"]
            for r in rounds
        ]
        print("per round: " + ", ".join(f"{share:.0%}" for share in per_round))
        if connections == 1:
            added = row["gateway pass-through"]["p50_ms"] - direct["p50_ms"]
            print(f"gateway pass-through adds {added:.2f} ms at p50 over direct (target <= 1 ms)")
    print(f"\nload generator: {results['load_generator']}; proxies pinned to their own core: {PIN}")
    for name, mem in results["memory_mb"].items():
        print(f"{name}: resident {mem['rss']} MB with its worker processes (sum of peaks {mem['peak']} MB)")


if __name__ == "__main__":
    main()
