"""Malformed and hostile input gets a clear 4xx JSON error in the client's protocol, never a 500."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import pytest

from tests.conftest import USE, Gateway

CHAT = "/openai/v1/chat/completions"
MESSAGES = "/anthropic/v1/messages"


def _auth(gateway: Gateway, anthropic: bool = False) -> dict[str, str]:
    key = (
        {"x-api-key": gateway.tokens["demo"]}
        if anthropic
        else {"Authorization": f"Bearer {gateway.tokens['demo']}"}
    )
    return {**key, **USE}


async def _post(gateway: Gateway, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any, Any]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{gateway.url}{path}", data=body, headers=headers) as resp,
    ):
        text = await resp.text()
        return resp.status, resp.headers, json.loads(text)


JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b'{"model": "m", "messages": [', 400, "invalid_json"),
        (b"[1, 2]", 400, "invalid_request"),
        (b'{"model": "m", "messages": "hello"}', 400, "invalid_request"),
        (b'{"model": "m", "messages": [{"role": "user", "content": 42}]}', 400, "invalid_request"),
        (b'{"model": 7, "messages": []}', 400, "invalid_request"),
        (b'{"model": "m", "stream": "yes", "messages": []}', 400, "invalid_request"),
        (b'{"model": "m", "messages": [{"role": "user", "content": "caf\xe9"}]}', 400, "invalid_json"),
        (b'{"model": "m", "messages": [{"role": "user", "content": "\\ud800"}]}', 400, "invalid_json"),
        (b'{"model": "m", "temperature": NaN, "messages": []}', 400, "invalid_json"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "invalid_json"),
        (b'{"model": "m", "messages": []} trailing', 400, "invalid_json"),
        (b'{"model": "m", "messages": [{"role": "narrator", "content": "x"}]}', 400, "unsupported_construct"),
        (
            b'{"model": "m", "messages": [{"role": "user", "content": [{"type": "video"}]}]}',
            400,
            "unsupported_construct",
        ),
        (b'{"model": "m", "messages": [], "new_feature": {"x": 1}}', 400, "unsupported_construct"),
        (b"", 400, "invalid_json"),
    ],
)
async def test_bad_openai_bodies(gateway: Gateway, body: bytes, status: int, code: str) -> None:
    got, headers, payload = await _post(gateway, CHAT, body, {**_auth(gateway), **JSON})
    assert got == status
    assert payload["error"]["code"] == code
    assert payload["error"]["request_id"] == headers["X-Request-Id"]
    assert gateway.standin.seen == []


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/openai/v1/embeddings", {"model": "e", "input": [[1, 2, 3]]}, "unsupported_construct"),
        ("/openai/v1/responses", {"model": "m", "input": [{"type": "item_reference", "id": "x"}]}, "unsupported_construct"),
        (
            "/openai/v1/chat/completions",
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,@@"}}]}]},
            "invalid_request",
        ),
    ],
)  # fmt: skip
async def test_constructs_the_gateway_cannot_inspect(
    gateway: Gateway, path: str, body: Any, code: str
) -> None:
    status, _, payload = await _post(gateway, path, json.dumps(body).encode(), {**_auth(gateway), **JSON})
    assert status == 400
    assert payload["error"]["code"] == code


async def test_the_provider_receives_exactly_what_was_inspected(gateway: Gateway) -> None:
    # A duplicated key is read one way by one parser and another way by the next; the gateway forwards
    # its own serialization, so the provider sees the very structure the filters saw.
    body = (
        b'{"model": "m", "messages": [{"role": "user", "content": "Project Nightjar"}],'
        b' "messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}'
    )
    status, _, _ = await _post(gateway, CHAT, body, {**_auth(gateway), **JSON})
    assert status == 200
    forwarded = gateway.standin.seen[-1].body
    assert forwarded.count(b'"messages"') == 1
    assert json.loads(forwarded) == {
        "model": "m",
        "messages": [{"role": "user", "content": "hi"}],
        "temperature": 0.5,
        "store": False,
    }


async def test_bad_anthropic_body_gets_anthropic_shape(gateway: Gateway) -> None:
    status, _, payload = await _post(gateway, MESSAGES, b"{nope", {**_auth(gateway, anthropic=True), **JSON})
    assert status == 400
    assert payload["type"] == "error"
    assert payload["error"]["type"] == "invalid_request_error"
    assert payload["error"]["code"] == "invalid_json"


async def test_body_over_the_limit_is_413(make_gateway: Any) -> None:
    gateway: Gateway = await make_gateway(server={"max_body_bytes": 2048})
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "x" * 5000}]}).encode()
    status, _, payload = await _post(gateway, CHAT, body, {**_auth(gateway), **JSON})
    assert status == 413
    assert payload["error"]["code"] == "body_too_large"

    async def chunked() -> Any:
        for _ in range(10):
            yield b"x" * 1000

    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{gateway.url}{CHAT}", data=chunked(), headers={**_auth(gateway), **JSON}) as resp,
    ):
        assert resp.status == 413


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
        ({**JSON, "Content-Encoding": "gzip"}, 415, "unsupported_encoding"),
    ],
)
async def test_wrong_content_headers(
    gateway: Gateway, headers: dict[str, str], status: int, code: str
) -> None:
    got, _, payload = await _post(
        gateway, CHAT, b'{"model": "m", "messages": []}', {**_auth(gateway), **headers}
    )
    assert (got, payload["error"]["code"]) == (status, code)


async def test_missing_auth_is_401(gateway: Gateway) -> None:
    status, _, payload = await _post(gateway, CHAT, b"{}", {**USE, **JSON})
    assert status == 401
    assert payload["error"]["code"] == "missing_token"
    status, _, payload = await _post(
        gateway, MESSAGES, b"{}", {**USE, **JSON, "anthropic-version": "2023-06-01"}
    )
    assert status == 401
    assert payload["type"] == "error"


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/", 404, "unknown_route"),
        ("GET", "/nope", 404, "unknown_route"),
        ("POST", "/elsewhere/v1/chat/completions", 404, "unknown_upstream"),
        ("GET", "/openai/v1/chat/completions", 405, "method_not_allowed"),
        ("POST", "/openai/v1/completions", 404, "endpoint_not_allowed"),
        ("POST", "/openai/v1/../../v1/files", 404, "unknown_route"),
        ("POST", "/openai/v1/%2e%2e/%2e%2e/admin", 404, "unknown_route"),
        ("POST", "/openai/v1/chat%2Fcompletions", 404, "unknown_route"),
        ("POST", "/openai//v1/chat/completions", 404, "unknown_route"),
        ("POST", "/openai/v1/chat/completions/..", 404, "unknown_route"),
        ("POST", "/openai/v1\\chat\\completions", 404, "unknown_route"),
        ("GET", "/openai/v1/fine_tuning/jobs", 403, "retention"),
        ("GET", "/anthropic/v1/messages/batches", 403, "retention"),
        ("GET", "/openai/v1/responses/resp_123", 403, "retention"),
    ],
)
async def test_routes_outside_the_allowlist(
    gateway: Gateway, method: str, path: str, status: int, code: str
) -> None:
    # The raw path is sent as is: aiohttp would otherwise normalise the dots away before the gateway sees them.
    reader, writer = await asyncio.open_connection(
        gateway.url.split("//")[1].split(":")[0], int(gateway.url.rsplit(":", 1)[1])
    )
    token = gateway.tokens["demo"]
    writer.write(
        f"{method} {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nX-GenAI-Use: pitch\r\n"
        "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}".encode()
    )
    await writer.drain()
    raw = await reader.read()
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.split(b" ")[1] == str(status).encode()
    assert json.loads(body)["error"]["code"] == code
    assert gateway.standin.seen == []


async def test_absolute_form_target_and_odd_host_cannot_change_the_upstream(gateway: Gateway) -> None:
    host, port = gateway.url.split("//")[1].split(":")
    for target, status in (("http://evil.example/openai/v1/models", b"404"), ("/openai/v1/models", b"200")):
        reader, writer = await asyncio.open_connection(host, int(port))
        writer.write(
            f"GET {target} HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer {gateway.tokens['demo']}\r\n"
            "X-GenAI-Use: pitch\r\nConnection: close\r\n\r\n".encode()
        )
        await writer.drain()
        raw = await reader.read()
        writer.close()
        assert raw.split(b" ")[1] == status
    # Only the relative request was forwarded, and to the configured stand-in, not the client's Host.
    [seen] = gateway.standin.seen
    assert seen.path == "/v1/models"
    assert seen.headers["host"].startswith("127.0.0.1")


async def test_gateway_keeps_serving_after_bad_input(gateway: Gateway) -> None:
    for _ in range(3):
        await _post(gateway, CHAT, b"\xff\xfe garbage", {**_auth(gateway), **JSON})
    async with aiohttp.ClientSession() as session, session.get(f"{gateway.url}/healthz") as resp:
        assert resp.status == 200
