"""End to end through the gateway with the official OpenAI SDK against the local stand-in provider."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import openai
import pytest

from filters.model import FilterInput, Verdict
from filters.registry import FILTER_TYPES
from filters.textview import Prepared
from tests.conftest import Gateway


async def test_chat_completion_passes_through_and_injects_provider_key(gateway: Gateway) -> None:
    client = gateway.openai()
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-test", messages=[{"role": "user", "content": "Ten loglines for a heist comedy"}]
    )
    completion = raw.parse()
    assert completion.choices[0].message.content == "Hello from the stand-in."
    assert raw.headers["x-request-id"].startswith("req_")
    assert raw.headers["x-genai-temporary"] == "true"
    assert raw.headers["cache-control"] == "no-store"
    assert raw.headers["x-upstream-request-id"] == "up-1"
    seen = gateway.standin.seen[-1]
    assert seen.path == "/v1/chat/completions"
    assert seen.headers["authorization"] == "Bearer sk-provider-SECRET-openai"
    assert gateway.tokens["demo"] not in json.dumps(seen.headers)
    assert "x-genai-use" not in seen.headers
    assert json.loads(seen.body)["messages"][0]["content"] == "Ten loglines for a heist comedy"
    [record] = await gateway.audit()
    assert (record.decision, record.status, record.upstream_status) == ("allow", 200, 200)
    assert (record.crew_id, record.production, record.declared_use) == ("crew-demo", "demo", "pitch")
    assert (record.endpoint, record.model) == ("chat.completions", "gpt-test")


async def test_streamed_chat_is_relayed_chunk_by_chunk(gateway: Gateway) -> None:
    client = gateway.openai()
    stream = await client.chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": "moodboard ideas"}], stream=True
    )
    parts = [chunk.choices[0].delta.content async for chunk in stream if chunk.choices[0].delta.content]
    assert "".join(parts) == "Hello from the stand-in."
    assert len(parts) == 4


async def test_responses_api_stream(gateway: Gateway) -> None:
    client = gateway.openai()
    stream = await client.responses.create(model="gpt-test", input="reference ideas", stream=True)
    kinds = [event.type async for event in stream]
    assert kinds[-1] == "response.completed"


async def test_embeddings_and_models(gateway: Gateway) -> None:
    client = gateway.openai()
    result = await client.embeddings.create(model="emb", input=["a", "b"])
    assert len(result.data) == 2
    listed = await client.models.list()
    assert [m.id for m in listed.data] == ["gpt-test"]


async def test_speech_is_streamed_as_bytes(gateway: Gateway) -> None:
    client = gateway.openai()
    audio = await client.audio.speech.create(model="tts", voice="alloy", input="Welcome to the pitch")
    assert len(audio.content) == 4096


async def test_blocked_request_is_403_with_code_and_never_reaches_provider(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await client.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "Punch up Project Nightjar"}]
        )
    err = caught.value
    assert err.status_code == 403
    body = err.body
    assert isinstance(body, dict)
    assert body["code"] == "codename"
    assert body["request_id"].startswith("req_")
    assert "Nightjar" not in json.dumps(body)
    assert gateway.standin.seen == []
    [record] = await gateway.audit()
    assert record.decision == "block"
    [codename] = [r for r in record.reasons if r["code"] == "codename"]
    assert codename["span"] == [0, 9, 25]


async def test_review_is_403_review_required(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await client.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": "Name the lead for the final cut"}]
        )
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "review_required"


async def test_redaction_rewrites_only_the_flagged_span(gateway: Gateway) -> None:
    client = gateway.openai()
    await client.chat.completions.create(
        model="gpt-test",
        messages=[
            {"role": "system", "content": "Call +44 7700 900123 if late."},
            {"role": "user", "content": "Remind +44 7700 900123 and +44 7700 900999."},
        ],
    )
    sent = json.loads(gateway.standin.seen[-1].body)
    assert sent["messages"][0]["content"] == "Call <PHONE_NUMBER_1> if late."
    assert sent["messages"][1]["content"] == "Remind <PHONE_NUMBER_1> and <PHONE_NUMBER_2>."
    [record] = await gateway.audit()
    assert record.decision == "redact"


async def test_refused_endpoint_names_why(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.NotFoundError) as caught:
        await client.completions.create(model="gpt-test", prompt="hi")
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "endpoint_not_allowed"
    assert gateway.standin.seen == []


async def test_retention_endpoint_refused_with_policy_code(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await client.files.list()
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "retention"


async def test_upstream_500_is_relayed_in_openai_shape(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.InternalServerError):
        await client.chat.completions.create(model="fault-500", messages=[{"role": "user", "content": "hi"}])


async def test_upstream_unreachable_is_502(gateway: Gateway) -> None:
    client = gateway.openai(path="dead/v1")
    with pytest.raises(openai.APIStatusError) as caught:
        await client.chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "hi"}])
    assert caught.value.status_code == 502
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "upstream_unreachable"


async def test_upstream_reset_before_answer_is_502(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.APIStatusError) as caught:
        await client.chat.completions.create(
            model="fault-reset", messages=[{"role": "user", "content": "hi"}]
        )
    assert caught.value.status_code == 502


async def test_upstream_silence_is_504(gateway: Gateway) -> None:
    client = gateway.openai()
    with pytest.raises(openai.APIStatusError) as caught:
        await client.chat.completions.create(model="fault-hang", messages=[{"role": "user", "content": "hi"}])
    assert caught.value.status_code == 504
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "upstream_timeout"


async def test_truncated_stream_ends_with_an_error_event(gateway: Gateway) -> None:
    client = gateway.openai()
    stream = await client.chat.completions.create(
        model="fault-truncate", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    received = []

    async def drain() -> None:
        async for chunk in stream:
            received.append(chunk)

    with pytest.raises(openai.APIError) as caught:
        await drain()
    assert received, "the chunks sent before the cut are delivered"
    assert "incomplete" in caught.value.message
    records = await gateway.audit()
    assert records[-1].code == "upstream_truncated"


async def test_upstream_silence_mid_stream_ends_with_a_timeout_event(gateway: Gateway) -> None:
    """The stream's first chunk arrives, then the upstream goes quiet for longer than read_timeout_s."""
    client = gateway.openai()
    stream = await client.chat.completions.create(
        model="fault-slow", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    received = []

    async def drain() -> None:
        async for chunk in stream:
            received.append(chunk)

    with pytest.raises(openai.APIError):
        await asyncio.wait_for(drain(), timeout=10)
    assert len(received) == 1
    records = await gateway.audit()
    assert (records[-1].code, records[-1].decision) == ("upstream_timeout", "upstream_error")
    for _ in range(100):  # the upstream call was hung up, not left running
        if gateway.standin.cancelled:
            break
        await asyncio.sleep(0.05)
    assert gateway.standin.cancelled == ["/v1/chat/completions"]


async def test_provider_cookies_are_neither_relayed_nor_sent_back(make_gateway: Any, standin: Any) -> None:
    """One crew member's provider cookies must not ride along on everyone else's requests.

    The upstream is addressed by host name: aiohttp's default jar ignores cookies of bare IP hosts,
    which would let this test pass with a jar that keeps them.
    """
    base = f"http://localhost:{standin.port}/v1"
    gateway: Gateway = await make_gateway(upstream_patch={"openai": {"base_url": base}})
    raw = await gateway.openai().chat.completions.with_raw_response.create(
        model="sets-cookie", messages=[{"role": "user", "content": "hi"}]
    )
    assert "set-cookie" not in raw.headers
    await gateway.openai().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert "cookie" not in gateway.standin.seen[-1].headers


async def test_answers_do_not_name_the_server_software(gateway: Gateway) -> None:
    raw = await gateway.openai().chat.completions.with_raw_response.create(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )
    assert raw.headers["server"] == "prompt-gateway"
    with pytest.raises(openai.AuthenticationError) as caught:
        await gateway.openai(token="pgw_not-a-real-token").models.list()
    assert caught.value.response.headers["server"] == "prompt-gateway"


async def test_missing_and_bad_tokens_are_401(gateway: Gateway) -> None:
    with pytest.raises(openai.AuthenticationError):
        await gateway.openai(token="pgw_not-a-real-token").models.list()
    with pytest.raises(openai.AuthenticationError):
        await gateway.openai(token="sk-someone-elses-provider-key").models.list()


async def test_production_without_notification_is_refused(gateway: Gateway) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await gateway.openai(token=gateway.tokens["silent"]).models.list()
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "not_notified"


@pytest.mark.parametrize(
    ("headers", "code"),
    [({}, "use_not_declared"), ({"X-GenAI-Use": "final-vfx"}, "use_not_notified")],
)
async def test_use_must_be_declared_and_notified(
    gateway: Gateway, headers: dict[str, str], code: str
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await gateway.openai(headers=headers).models.list()
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == code
    assert "moodboard" in caught.value.body["message"]


async def test_a_crashing_filter_blocks_the_request(
    make_gateway: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Crash:
        name = "crash"

        def check(self, item: FilterInput, text: Prepared) -> Verdict:
            raise ValueError("the filter broke")

        def message(self, code: str) -> str:
            return "unused"

    monkeypatch.setitem(FILTER_TYPES, "crash", lambda name, options: Crash())
    gateway: Gateway = await make_gateway(policy={"filters": [{"type": "crash"}]})
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await gateway.openai().chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "filter_error"
    assert gateway.standin.seen == []


async def test_model_allowlist(make_gateway: Any) -> None:
    gateway: Gateway = await make_gateway(upstream_patch={"openai": {"models": ["gpt-4o*", "o3"]}})
    client = gateway.openai()
    for model in ("gpt-4o-mini", "o3"):
        await client.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await client.chat.completions.create(model="o3-pro", messages=[{"role": "user", "content": "hi"}])
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "model_not_allowed"
    assert len(gateway.standin.seen) == 2


async def test_non_json_upstream_error_becomes_an_openai_error(gateway: Gateway) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        await gateway.openai().chat.completions.create(
            model="fault-html", messages=[{"role": "user", "content": "hi"}]
        )
    assert caught.value.status_code == 502
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "upstream_error"


async def test_responses_api_non_streamed(gateway: Gateway) -> None:
    response = await gateway.openai().responses.create(
        model="gpt-test", instructions="Be brief.", input=[{"role": "user", "content": "moodboard words"}]
    )
    assert response.output_text == "Hello from the stand-in."
    sent = json.loads(gateway.standin.seen[-1].body)
    assert sent["instructions"] == "Be brief."


async def test_transcription_upload_is_described_and_forwarded(gateway: Gateway) -> None:
    result = await gateway.openai().audio.transcriptions.create(
        model="whisper-1", file=("take.wav", b"RIFF0000WAVEfmt ", "audio/wav"), prompt="slate names"
    )
    assert result.text == "hello"
    seen = gateway.standin.seen[-1]
    assert seen.path == "/v1/audio/transcriptions"
    assert b"RIFF0000WAVEfmt " in seen.body


async def test_image_generation_prompt_is_filtered(gateway: Gateway) -> None:
    with pytest.raises(openai.PermissionDeniedError):
        await gateway.openai().images.generate(model="img", prompt="Poster for Project Nightjar")
    generated = await gateway.openai().images.generate(
        model="img", prompt="A foggy harbour at dawn, moodboard"
    )
    assert generated.data is not None
    assert generated.data[0].b64_json == "aGVsbG8="
