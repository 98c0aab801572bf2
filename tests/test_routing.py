"""Routing: only configured upstreams and allowlisted endpoints, targets built from the config only."""

from __future__ import annotations

import pytest

from gateway.errors import GatewayError
from gateway.routing import resolve, split_raw_path
from gateway.settings import Settings, parse_settings

SETTINGS: Settings = parse_settings(
    {
        "upstreams": {
            "openai": {"protocol": "openai", "base_url": "https://oa.example/v1"},
            "anthropic": {"protocol": "anthropic", "base_url": "https://an.example"},
            "local": {"protocol": "openai", "base_url": "http://10.1.2.3:8000/proxy/v1/"},
        }
    },
    env={},
)


@pytest.mark.parametrize(
    ("raw", "method", "endpoint", "target"),
    [
        ("/openai/v1/chat/completions", "POST", "chat.completions", "https://oa.example/v1/chat/completions"),
        (
            "/openai/v1/models/ft:gpt-4o:acme:x",
            "GET",
            "models.retrieve",
            "https://oa.example/v1/models/ft:gpt-4o:acme:x",
        ),
        ("/openai/v1/audio/speech?x=1", "POST", "audio.speech", "https://oa.example/v1/audio/speech"),
        ("/anthropic/v1/messages", "POST", "messages", "https://an.example/v1/messages"),
        (
            "/anthropic/v1/messages/count_tokens",
            "POST",
            "messages.count_tokens",
            "https://an.example/v1/messages/count_tokens",
        ),
        ("/local/v1/embeddings", "POST", "embeddings", "http://10.1.2.3:8000/proxy/v1/embeddings"),
    ],
)
def test_allowed_routes(raw: str, method: str, endpoint: str, target: str) -> None:
    route = resolve(SETTINGS, *split_raw_path(raw), method)
    assert route.endpoint.name == endpoint
    assert str(route.target) == target


@pytest.mark.parametrize(
    ("raw", "method", "code"),
    [
        ("/openai/v1/completions", "POST", "endpoint_not_allowed"),
        ("/openai/v1/files", "POST", "retention"),
        ("/openai/v1/files/file-1/content", "GET", "retention"),
        ("/openai/v1/fine_tuning/jobs", "POST", "retention"),
        ("/openai/v1/batches", "POST", "retention"),
        ("/openai/v1/assistants", "POST", "retention"),
        ("/openai/v1/threads/t/runs", "POST", "retention"),
        ("/openai/v1/vector_stores", "POST", "retention"),
        ("/openai/v1/evals", "POST", "retention"),
        ("/openai/v1/uploads", "POST", "retention"),
        ("/openai/v1/audio/voices", "POST", "retention"),
        ("/openai/v1/conversations", "POST", "retention"),
        ("/openai/v1/chat/completions/chatcmpl-1", "GET", "retention"),
        ("/openai/v1/responses/resp_1/input_items", "GET", "retention"),
        ("/anthropic/v1/files", "POST", "retention"),
        ("/anthropic/v1/messages/batches", "POST", "retention"),
        ("/anthropic/v1/complete", "POST", "endpoint_not_allowed"),
        ("/openai/v1/chat/completions", "PUT", "method_not_allowed"),
        ("/nowhere/v1/models", "GET", "unknown_upstream"),
    ],
)
def test_refused_routes(raw: str, method: str, code: str) -> None:
    with pytest.raises(GatewayError) as caught:
        resolve(SETTINGS, *split_raw_path(raw), method)
    assert caught.value.code == code


@pytest.mark.parametrize(
    "raw",
    [
        "/openai",
        "/openai/",
        "/openai/v1/../v1/files",
        "/openai/v1/./chat/completions",
        "/openai/v1/%2e%2e/x",
        "/openai/v1/chat%2fcompletions",
        "/openai/v1//chat/completions",
        "//evil.example/v1/models",
        "http://evil.example/openai/v1/models",
        "/openai/v1/chat\\completions",
        "/openai/v1/models/.hidden",
        "/openai/v1/models/a b",
    ],
)
def test_paths_that_could_escape_are_unknown_routes(raw: str) -> None:
    with pytest.raises(GatewayError) as caught:
        split_raw_path(raw)
    assert caught.value.code == "unknown_route"
