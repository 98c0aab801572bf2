"""Outputs are temporary and scanned: stamps, provenance, provider retention off, streamed scanning."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import aiohttp
import anthropic
import openai
import pytest

from gateway import state
from gateway.__main__ import main
from gateway.provenance import ProvenanceError, verify
from tests.conftest import USE, Gateway

SAFE = (
    "Ten moodboard words for a foggy harbour: brine, sodium, rust, hush, gull, rope, tide, lamp, slate, wake."
)


@pytest.fixture
async def scanning(make_gateway: Any) -> Gateway:
    # The stand-in's "leak" model answers a harmless prompt with personal data in the middle.
    gw: Gateway = await make_gateway(
        policy={"filters": [{"type": "personal_data", "options": {"use_ner": False}}]}
    )
    return gw


def _token_of(gateway: Gateway, token: str) -> Any:
    return verify(token, gateway.app[state.PROVENANCE_KEY])


async def test_non_streamed_answer_is_stamped_and_verifiable(gateway: Gateway) -> None:
    raw = await gateway.openai().chat.completions.with_raw_response.create(
        model="gpt-test", messages=[{"role": "user", "content": "moodboard"}]
    )
    assert raw.headers["x-genai-temporary"] == "true"
    assert raw.headers["cache-control"] == "no-store"
    assert raw.headers["x-genai-expires"].endswith("Z")
    stamp = _token_of(gateway, raw.headers["x-genai-provenance"])
    assert (stamp.production, stamp.crew_id, stamp.upstream, stamp.model) == (
        "demo",
        "crew-demo",
        "openai",
        "gpt-test",
    )
    assert stamp.request_id == raw.headers["x-request-id"]
    assert stamp.output_sha256 == hashlib.sha256(raw.http_response.content).hexdigest()
    assert stamp.text_sha256 == hashlib.sha256(b"Hello from the stand-in.").hexdigest()
    assert stamp.expires_at > stamp.issued_at


async def test_tampered_or_foreign_tokens_fail(gateway: Gateway) -> None:
    raw = await gateway.openai().chat.completions.with_raw_response.create(
        model="m", messages=[{"role": "user", "content": "x"}]
    )
    token = raw.headers["x-genai-provenance"]
    head, payload, signature = token.split(".")
    forged = json.loads(base64.urlsafe_b64decode(payload + "==="))
    forged["expires_at"] += 10**9
    altered = base64.urlsafe_b64encode(json.dumps(forged).encode()).rstrip(b"=").decode()
    with pytest.raises(ProvenanceError, match="signature"):
        verify(f"{head}.{altered}.{signature}", gateway.app[state.PROVENANCE_KEY])
    with pytest.raises(ProvenanceError, match="signature"):
        verify(token, b"another key")


async def test_streamed_answer_ends_with_a_provenance_comment(gateway: Gateway) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            f"{gateway.url}/openai/v1/chat/completions",
            json={"model": "gpt-test", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
            headers={"Authorization": f"Bearer {gateway.tokens['demo']}", **USE},
        ) as resp,
    ):
        assert resp.headers["X-GenAI-Temporary"] == "true"
        header_stamp = _token_of(gateway, resp.headers["X-GenAI-Provenance"])
        body = (await resp.read()).decode()
    assert header_stamp.text_sha256 is None
    comment = [line for line in body.splitlines() if line.startswith(": genai-provenance ")]
    [final] = comment
    stamp = _token_of(gateway, final.split(" ", 2)[2])
    assert stamp.text_sha256 == hashlib.sha256(b"Hello from the stand-in.").hexdigest()
    # The OpenAI SDK reads the same stream without tripping on the comment.
    stream = await gateway.openai().chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    assert "".join([c.choices[0].delta.content or "" async for c in stream]) == "Hello from the stand-in."


async def test_speech_bytes_are_hashed(gateway: Gateway) -> None:
    raw = await gateway.openai().audio.speech.with_raw_response.create(
        model="tts", voice="alloy", input="Welcome"
    )
    audio = raw.content
    stamp = _token_of(gateway, raw.headers["x-genai-provenance"])
    assert stamp.output_sha256 == hashlib.sha256(audio).hexdigest()


@pytest.mark.parametrize("endpoint", ["chat", "responses"])
async def test_store_is_forced_off_and_audited(gateway: Gateway, endpoint: str) -> None:
    client = gateway.openai()
    if endpoint == "chat":
        await client.chat.completions.create(
            model="m", store=True, messages=[{"role": "user", "content": "hi"}]
        )
    else:
        await client.responses.create(model="m", input="hi")
    sent = json.loads(gateway.standin.seen[-1].body)
    assert sent["store"] is False
    [record] = await gateway.audit()
    assert "store_forced_off" in {r["code"] for r in record.reasons}


async def test_store_is_written_off_on_chat_without_an_audit_reason(gateway: Gateway) -> None:
    """Chat completions are not stored unless asked: false is still written, but nothing was changed."""
    await gateway.openai().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert json.loads(gateway.standin.seen[-1].body)["store"] is False
    [record] = await gateway.audit()
    assert record.reasons == ()


async def test_store_can_be_refused_instead(make_gateway: Any) -> None:
    gateway: Gateway = await make_gateway(retention={"store": "refuse"})
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await gateway.openai().chat.completions.create(
            model="m", store=True, messages=[{"role": "user", "content": "hi"}]
        )
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "retention"
    await gateway.openai().chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])


async def test_previous_response_id_is_refused(gateway: Gateway) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await gateway.openai().responses.create(model="m", input="continue", previous_response_id="resp_123")
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "retention"
    assert gateway.standin.seen == []


async def test_personal_data_in_a_whole_answer_is_withheld(scanning: Gateway) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        await scanning.openai().chat.completions.create(
            model="leak", messages=[{"role": "user", "content": SAFE}]
        )
    assert isinstance(caught.value.body, dict)
    assert caught.value.body["code"] == "output_blocked"
    assert "555-0199" not in json.dumps(caught.value.body)
    [record] = await scanning.audit()
    assert record.decision == "output_block"
    assert "output" in record.reasons[-1]["details"]


@pytest.mark.parametrize("model", ["leak", "leak-bytes"])
async def test_personal_data_mid_stream_ends_the_stream_before_it_is_shown(
    scanning: Gateway, model: str
) -> None:
    stream = await scanning.openai().chat.completions.create(
        model=model, messages=[{"role": "user", "content": SAFE}], stream=True
    )
    received: list[str] = []

    async def drain() -> None:
        async for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")

    with pytest.raises(openai.APIError) as caught:
        await drain()
    shown = "".join(received)
    assert shown.startswith("Sure, here is the note"), "text before the violation was released"
    assert "555-0199" not in shown
    assert "4410" not in shown
    assert "output_blocked" in str(caught.value.body) or "withheld" in caught.value.message
    records = await scanning.audit()
    assert records[-1].decision == "output_block"


async def test_anthropic_stream_violation_is_an_error_event(scanning: Gateway) -> None:
    async def drain() -> str:
        async with scanning.anthropic().messages.stream(
            model="leak", max_tokens=10, messages=[{"role": "user", "content": SAFE}]
        ) as stream:
            return "".join([t async for t in stream.text_stream])

    with pytest.raises(anthropic.APIStatusError) as caught:
        await drain()
    assert "withheld" in str(caught.value)


@pytest.mark.parametrize("model", ["echo", "echo-bytes"])
async def test_clean_streams_arrive_whole_at_any_byte_boundary(scanning: Gateway, model: str) -> None:
    text = "Brume, lueur — fog and lamplight ☕ over the slipway; naïve gulls."
    stream = await scanning.openai().chat.completions.create(
        model=model, messages=[{"role": "user", "content": text}], stream=True
    )
    assert "".join([c.choices[0].delta.content or "" async for c in stream]) == text
    async with scanning.anthropic().messages.stream(
        model=model, max_tokens=10, messages=[{"role": "user", "content": text}]
    ) as s:
        assert "".join([t async for t in s.text_stream]) == text


async def test_unreadable_stream_fails_closed(scanning: Gateway) -> None:
    stream = await scanning.openai().chat.completions.create(
        model="garbage", messages=[{"role": "user", "content": SAFE}], stream=True
    )

    async def drain() -> None:
        async for _ in stream:
            pass

    with pytest.raises(openai.APIError):
        await drain()


def test_provenance_cli_verifies_token_and_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from gateway.provenance import Stamp, load_key, sign

    config = tmp_path / "g.yaml"
    config.write_text(
        f"store: {{data_dir: {tmp_path / 'var'}}}\nupstreams: {{o: {{protocol: openai, base_url: 'https://x/v1'}}}}\n"
    )
    output = tmp_path / "answer.json"
    output.write_bytes(b'{"answer": 42}')
    key = load_key("", tmp_path / "var")
    token = sign(
        Stamp(
            "req_1", "demo", "ana", "o", "m", 1, 4102444800, hashlib.sha256(output.read_bytes()).hexdigest()
        ),
        key,
    )
    assert main(["provenance", "verify", "--config", str(config), token, "--file", str(output)]) == 0
    out = capsys.readouterr().out
    assert "valid" in out
    assert "matches" in out
    output.write_bytes(b'{"answer": 43}')
    assert main(["provenance", "verify", "--config", str(config), token, "--file", str(output)]) == 1
    assert main(["provenance", "verify", "--config", str(config), token[:-3] + "xyz"]) == 1


async def test_responses_stream_violation_ends_cleanly(scanning: Gateway) -> None:
    stream = await scanning.openai().responses.create(model="leak", input=SAFE, stream=True)
    kinds: list[str] = []
    shown: list[str] = []

    async def drain() -> None:
        async for event in stream:
            kinds.append(event.type)
            if event.type == "response.output_text.delta":
                shown.append(event.delta)

    with pytest.raises(openai.APIError):
        await drain()
    assert "response.completed" not in kinds
    assert "555-0199" not in "".join(shown)
    assert "".join(shown).startswith("Sure, here is the note")


async def test_clean_responses_stream_is_relayed_whole(scanning: Gateway) -> None:
    stream = await scanning.openai().responses.create(model="gpt-test", input=SAFE, stream=True)
    text = "".join([e.delta async for e in stream if e.type == "response.output_text.delta"])
    assert text == "Hello from the stand-in."
