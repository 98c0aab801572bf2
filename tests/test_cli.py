"""The command line: check-config, tokens issue|list|revoke, scan, audit."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def config(tmp_path: Path) -> Path:
    text = (ROOT / "config" / "gateway.yaml").read_text()
    path = tmp_path / "gateway.yaml"
    path.write_text(text.replace("${GATEWAY_DATA_DIR:-var}", str(tmp_path / "var")))
    return path


def test_check_config_accepts_the_shipped_file(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", "--config", str(config)]) == 0
    out, err = capsys.readouterr()
    assert "configuration OK" in out
    assert "has no api_key" in err


def test_check_config_rejects_unknown_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "upstreams:\n  openai:\n    protocol: openai\n    base_url: https://x/v1\n    api_kye: k\n"
    )
    assert main(["check-config", "--config", str(bad)]) == 2
    assert "upstreams.openai.api_kye: unknown key" in capsys.readouterr().err


def test_check_config_rejects_bad_filter_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "upstreams:\n  o:\n    protocol: openai\n    base_url: https://x/v1\n"
        "policy:\n  filters:\n    - type: denylist\n      options:\n        rules: [{code: x, pattern: '('}]\n"
    )
    assert main(["check-config", "--config", str(bad)]) == 2
    assert "invalid regular expression" in capsys.readouterr().err


def test_token_lifecycle(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokens", "issue", "--config", str(config), "--crew", "ana", "--production", "demo"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    token = out[-1]
    assert token.startswith("pgw_")
    token_id = out[0].split()[1]
    assert main(["tokens", "list", "--config", str(config)]) == 0
    listing = capsys.readouterr().out
    assert token_id in listing
    assert "active" in listing
    assert token not in listing
    assert main(["tokens", "revoke", "--config", str(config), token_id]) == 0
    assert main(["tokens", "list", "--config", str(config)]) == 0
    assert "revoked" in capsys.readouterr().out
    assert main(["tokens", "revoke", "--config", str(config), token_id]) == 1
    db = (config.parent / "var" / "gateway.sqlite3").read_bytes()
    assert token.encode() not in db


def test_tokens_only_for_configured_productions(config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokens", "issue", "--config", str(config), "--crew", "x", "--production", "ghost"]) == 2
    assert "not in the configuration" in capsys.readouterr().err


def test_scan_jsonl(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"id": "a", "messages": [{"role": "user", "content": "ten loglines about a lighthouse"}]},
        {
            "id": "b",
            "messages": [
                {"role": "system", "content": "PROPERTY OF NORTHLIGHT PICTURES"},
                {"role": "user", "content": "summarise"},
            ],
        },
        {"id": "c", "messages": "not a list"},
    ]
    stdin = io.StringIO("\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["scan", "--config", str(config)]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], r["action"]) for r in results] == [
        ("a", "allow"),
        ("b", "block"),
        ("c", "block"),
        ("line-4", "block"),
    ]
    assert results[1]["reasons"][0]["code"] == "confidential_material"
    assert "NORTHLIGHT" not in json.dumps(results)


def test_module_entry_point_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gateway", "--help"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0
    for command in ("serve", "check-config", "tokens", "scan", "audit"):
        assert command in done.stdout


def test_roster_import_stores_only_hashes(
    config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "crew.csv"
    csv_file.write_text("name,email,phone\nUna Fitzgerald,una.f@mail.example,07700 900411\n")
    assert main(["roster", "import", "--config", str(config), "--production", "demo", str(csv_file)]) == 0
    assert "imported 1 people" in capsys.readouterr().out
    stored = (config.parent / "var" / "roster" / "demo.json").read_text().lower()
    assert "una" not in stored
    assert "900411" not in stored
    assert main(["roster", "import", "--config", str(config), "--production", "ghost", str(csv_file)]) == 2
