"""The server's event loop: uvloop by default, asyncio's own on request or when uvloop is missing."""

from __future__ import annotations

import asyncio
import builtins
from typing import Any

import pytest
import uvloop

from gateway.__main__ import _event_loop
from gateway.settings import ServerSettings


def test_uvloop_is_the_default() -> None:
    assert ServerSettings().event_loop == "uvloop"
    loop = _event_loop("uvloop")
    try:
        assert isinstance(loop, uvloop.Loop)
    finally:
        loop.close()


def test_asyncio_loop_on_request() -> None:
    loop = _event_loop("asyncio")
    try:
        assert not isinstance(loop, uvloop.Loop)
        assert isinstance(loop, asyncio.AbstractEventLoop)
    finally:
        loop.close()


def test_missing_uvloop_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_uvloop(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "uvloop":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_uvloop)
    loop = _event_loop("uvloop")
    try:
        assert not isinstance(loop, uvloop.Loop)
    finally:
        loop.close()


def test_unknown_loop_is_refused() -> None:
    with pytest.raises(ValueError, match="event_loop"):
        ServerSettings.model_validate({"event_loop": "trio"})
