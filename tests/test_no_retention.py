"""The gateway keeps no prompt or completion text, token or provider key in logs, store or files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import aiohttp
import openai
import pytest
import structlog

from gateway import logs
from tests.conftest import USE, Gateway

CANARY = "CANARY-7f3a91-do-not-keep"


@pytest.fixture
def production_logging() -> Iterator[None]:
    logs.configure("debug")
    yield
    structlog.reset_defaults()


def _everything_written(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())


async def test_canary_never_reaches_logs_store_or_disk(
    production_logging: None, gateway: Gateway, capfd: pytest.CaptureFixture[str]
) -> None:
    client = gateway.openai()
    prompt = f"Moodboard notes {CANARY} with warm light"
    # allowed, and echoed back in the completion, streamed and not
    done = await client.chat.completions.create(model="echo", messages=[{"role": "user", "content": prompt}])
    assert CANARY in (done.choices[0].message.content or "")
    stream = await client.chat.completions.create(
        model="echo", messages=[{"role": "user", "content": prompt}], stream=True
    )
    assert CANARY in "".join([c.choices[0].delta.content or "" async for c in stream])
    # blocked by policy
    with pytest.raises(openai.PermissionDeniedError):
        await client.chat.completions.create(
            model="gpt-test", messages=[{"role": "user", "content": f"project nightjar {CANARY}"}]
        )
    # redacted
    await client.chat.completions.create(
        model="gpt-test", messages=[{"role": "user", "content": f"{CANARY} call +44 7700 900123"}]
    )
    # malformed bodies and an unknown field named after the canary
    async with aiohttp.ClientSession() as session:
        headers = {
            "Authorization": f"Bearer {gateway.tokens['demo']}",
            **USE,
            "Content-Type": "application/json",
        }
        for body in (f'{{"messages": "{CANARY}', f'{{"model": "x", "{CANARY}": 1, "messages": []}}'):
            async with session.post(
                f"{gateway.url}/openai/v1/chat/completions", data=body, headers=headers
            ) as r:
                assert r.status == 400
                assert CANARY not in await r.text()
        async with session.post(f"{gateway.url}/openai/v1/{CANARY}", data="{}", headers=headers) as r:
            assert r.status == 404
    await gateway.audit()

    out, err = capfd.readouterr()
    written = _everything_written(gateway.data_dir)
    assert written, "the store wrote its files"
    assert '"event":"request"' in out, "the JSON request log was captured"
    for secret in (CANARY, gateway.tokens["demo"], "sk-provider-SECRET-openai"):
        assert secret not in out
        assert secret not in err
        assert secret.encode() not in written
