"""End to end through the gateway with the official Anthropic SDK against the local stand-in provider."""

from __future__ import annotations

import asyncio
import json

import anthropic
import pytest

from tests.conftest import Gateway


async def test_message_passes_through_with_provider_key(gateway: Gateway) -> None:
    client = gateway.anthropic()
    message = await client.messages.create(
        model="claude-test",
        max_tokens=100,
        messages=[{"role": "user", "content": "Moodboard words for a cold open"}],
    )
    assert message.content[0].type == "text"
    assert message.content[0].text == "Hello from the stand-in."
    seen = gateway.standin.seen[-1]
    assert seen.path == "/v1/messages"
    assert seen.headers["x-api-key"] == "sk-ant-provider-SECRET"
    assert seen.headers["anthropic-version"]
    assert gateway.tokens["demo"] not in json.dumps(seen.headers)


async def test_streamed_message(gateway: Gateway) -> None:
    client = gateway.anthropic()
    async with client.messages.stream(
        model="claude-test", max_tokens=100, messages=[{"role": "user", "content": "pitch ideas"}]
    ) as stream:
        text = "".join([t async for t in stream.text_stream])
    assert text == "Hello from the stand-in."


async def test_count_tokens(gateway: Gateway) -> None:
    client = gateway.anthropic()
    counted = await client.messages.count_tokens(
        model="claude-test", messages=[{"role": "user", "content": "hi"}]
    )
    assert counted.input_tokens == 7


async def test_block_in_system_prompt_uses_anthropic_error_shape(gateway: Gateway) -> None:
    client = gateway.anthropic()
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        await client.messages.create(
            model="claude-test",
            max_tokens=10,
            system="You are the writers' room assistant for Project Nightjar.",
            messages=[{"role": "user", "content": "hello"}],
        )
    body = caught.value.body
    assert isinstance(body, dict)
    assert body["type"] == "error"
    assert body["error"]["type"] == "permission_error"
    assert body["error"]["code"] == "codename"
    assert body["request_id"].startswith("req_")
    assert gateway.standin.seen == []


async def test_text_inside_tool_result_is_seen(gateway: Gateway) -> None:
    client = gateway.anthropic()
    with pytest.raises(anthropic.PermissionDeniedError):
        await client.messages.create(
            model="claude-test",
            max_tokens=10,
            messages=[
                {"role": "user", "content": "look it up"},
                {
                    "role": "assistant",
                    "content": [{"type": "tool_use", "id": "t1", "name": "search", "input": {"q": "x"}}],
                },
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "tool_result",
                            "tool_use_id": "t1",
                            "content": [{"type": "text", "text": "notes about project nightjar"}],
                        }
                    ],
                },
            ],
        )


async def test_unknown_block_type_is_refused_not_forwarded(gateway: Gateway) -> None:
    client = gateway.anthropic()
    with pytest.raises(anthropic.BadRequestError) as caught:
        await client.messages.create(
            model="claude-test",
            max_tokens=10,
            messages=[{"role": "user", "content": [{"type": "hologram", "data": "..."}]}],  # type: ignore[list-item]
        )
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["error"]["code"] == "unsupported_construct"
    assert gateway.standin.seen == []


async def test_truncated_stream_ends_with_anthropic_error_event(gateway: Gateway) -> None:
    client = gateway.anthropic()

    async def drain() -> str:
        async with client.messages.stream(
            model="fault-truncate", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
        ) as stream:
            return "".join([t async for t in stream.text_stream])

    with pytest.raises(anthropic.APIStatusError) as caught:
        await drain()
    assert "incomplete" in str(caught.value)


async def test_client_disconnect_mid_stream_cancels_the_upstream_call(gateway: Gateway) -> None:
    client = gateway.anthropic()
    stream = await client.messages.create(
        model="fault-slow", max_tokens=10, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    first = await stream.__anext__()
    assert first.type == "message_start"
    await stream.close()
    for _ in range(100):
        if gateway.standin.cancelled:
            break
        await asyncio.sleep(0.05)
    assert gateway.standin.cancelled == ["/v1/messages"]
    records = await gateway.audit()
    assert records[-1].status == 499
    assert records[-1].decision == "client_closed"


async def test_missing_key_is_anthropic_401(gateway: Gateway) -> None:
    client = gateway.anthropic(token="pgw_wrong")
    with pytest.raises(anthropic.AuthenticationError) as caught:
        await client.models.list()
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["error"]["type"] == "authentication_error"
