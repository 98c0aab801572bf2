"""Shared fixtures: a stand-in provider, a gateway in front of it, crew tokens and SDK clients."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from gateway import state
from gateway.app import make_app
from gateway.settings import Settings, parse_settings
from gateway.tokens import issue
from tests.standin import STATE, StandInState, make_standin

USE = {"X-GenAI-Use": "pitch"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def gateway_config(
    standin_url: str,
    data_dir: Path,
    upstream_patch: dict[str, dict[str, Any]] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    config: dict[str, Any] = {
        "store": {"data_dir": str(data_dir)},
        "auth": {"token_cache_seconds": 0},
        "upstreams": {
            "openai": {
                "protocol": "openai",
                "base_url": f"{standin_url}/v1",
                "api_key": "sk-provider-SECRET-openai",
                "read_timeout_s": 2,
            },
            "anthropic": {
                "protocol": "anthropic",
                "base_url": standin_url,
                "api_key": "sk-ant-provider-SECRET",
                "read_timeout_s": 2,
            },
            "dead": {
                "protocol": "openai",
                "base_url": f"http://127.0.0.1:{free_port()}/v1",
                "api_key": "sk-dead",
                "connect_timeout_s": 1,
            },
        },
        "productions": {
            "demo": {"notified_uses": ["moodboard", "reference", "pitch"]},
            "silent": {"notified_uses": []},
        },
        "policy": {
            "deadline_ms": 1000,
            "filters": [
                {
                    "type": "denylist",
                    "name": "codenames",
                    "options": {
                        "rules": [
                            {
                                "code": "codename",
                                "pattern": r"\bproject\s+nightjar\b",
                                "message": "Codename.",
                            },
                            {
                                "code": "crew_phone",
                                "pattern": r"\+44 7700 9\d{5}",
                                "action": "redact",
                                "entity_type": "PHONE_NUMBER",
                            },
                            {"code": "core_story", "pattern": r"\bfinal cut\b", "action": "review"},
                        ]
                    },
                }
            ],
        },
    }
    for name, patch in (upstream_patch or {}).items():
        config["upstreams"][name].update(patch)
    config.update(overrides)
    return config


@dataclass
class Gateway:
    url: str
    app: web.Application
    standin: StandInState
    data_dir: Path
    tokens: dict[str, str]
    clients: list[Any] = field(default_factory=list)

    def openai(
        self, token: str | None = None, *, path: str = "openai/v1", **kwargs: Any
    ) -> openai.AsyncOpenAI:
        client = openai.AsyncOpenAI(
            base_url=f"{self.url}/{path}",
            api_key=token or self.tokens["demo"],
            max_retries=0,
            default_headers=kwargs.pop("headers", USE),
            **kwargs,
        )
        self.clients.append(client)
        return client

    def anthropic(self, token: str | None = None, **kwargs: Any) -> anthropic.AsyncAnthropic:
        client = anthropic.AsyncAnthropic(
            base_url=f"{self.url}/anthropic",
            api_key=token or self.tokens["demo"],
            max_retries=0,
            default_headers=kwargs.pop("headers", USE),
            **kwargs,
        )
        self.clients.append(client)
        return client

    async def close(self) -> None:
        for client in self.clients:
            await client.close()

    async def audit(self) -> list[Any]:
        await self.app[state.AUDIT].flush()
        return list(reversed(await self.app[state.STORE].recent_audit(limit=1000)))


GatewayFactory = Callable[..., "AsyncIterator[Gateway]"]


@pytest.fixture
async def standin() -> AsyncIterator[TestServer]:
    server = TestServer(make_standin())
    await server.start_server()
    yield server
    await server.close()


@pytest.fixture
async def make_gateway(standin: TestServer, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    servers: list[TestServer] = []
    gateways: list[Gateway] = []

    async def factory(**overrides: Any) -> Gateway:
        base = str(standin.make_url("")).rstrip("/")
        settings: Settings = parse_settings(gateway_config(base, tmp_path / "var", **overrides), env={})
        app = make_app(settings)
        server = TestServer(app)
        await server.start_server()
        servers.append(server)
        tokens = {}
        for production in ("demo", "silent"):
            _, token = await issue(app[state.STORE], f"crew-{production}", production)
            tokens[production] = token
        gw = Gateway(str(server.make_url("")).rstrip("/"), app, standin.app[STATE], tmp_path / "var", tokens)
        gateways.append(gw)
        return gw

    yield factory
    for gw in gateways:
        await gw.close()
    for server in servers:
        await server.close()


@pytest.fixture
async def gateway(make_gateway: Callable[..., Any]) -> Gateway:
    gw: Gateway = await make_gateway()
    return gw
