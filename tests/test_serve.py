"""The quickstart's server command: the real CLI process on the shipped config answers and refuses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import free_port

ROOT = Path(__file__).resolve().parent.parent


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 -- loopback
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:  # noqa: S310 -- loopback
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_serve_runs_on_the_shipped_config(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "GATEWAY_DATA_DIR": str(tmp_path / "var"), "GATEWAY_PORT": str(port)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "serve", "--config", "config/gateway.yaml"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, headers, _ = _get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert status == 200
        assert headers["X-Request-Id"].startswith("req_")
        status, _, body = _get(f"http://127.0.0.1:{port}/openai/v1/models")
        assert status == 401
        assert json.loads(body)["error"]["code"] == "missing_token"
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0
    first = json.loads(out.decode().splitlines()[0])
    assert first["event"] == "starting"
    assert b"Traceback" not in err
    assert (tmp_path / "var" / "gateway.sqlite3").exists()
