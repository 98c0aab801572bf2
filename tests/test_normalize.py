"""Normalizers collect every piece of text of every role and part, and describe attachments."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pytest

from gateway.errors import GatewayError
from gateway.normalize import normalize
from gateway.routing import ENDPOINTS
from gateway.settings import Protocol

PNG = base64.b64encode(b"\x89PNG fake image").decode()


def _norm(protocol: Protocol, endpoint: str, body: Any, content_type: str = "application/json") -> Any:
    ep = next(e for e in ENDPOINTS[protocol] if e.name == endpoint)
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return normalize(protocol, ep, raw, content_type)


def _texts(result: Any) -> dict[str, tuple[str, str]]:
    return {s.text: (s.role, s.part) for s in result.segments}


def test_openai_chat_sees_every_role_part_and_tool() -> None:
    result = _norm(
        Protocol.OPENAI,
        "chat.completions",
        {
            "model": "gpt",
            "stream": True,
            "messages": [
                {"role": "system", "content": "SYS"},
                {"role": "developer", "content": [{"type": "text", "text": "DEV"}]},
                {"role": "user", "name": "NAME", "content": [
                    {"type": "text", "text": "USER"},
                    {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG}"}},
                    {"type": "image_url", "image_url": {"url": "https://img.example/a.png"}},
                    {"type": "input_audio", "input_audio": {"data": PNG, "format": "wav"}},
                    {"type": "file", "file": {"file_data": f"data:application/pdf;base64,{PNG}", "filename": "FILE.pdf"}},
                ]},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": '{"q": "ARGS"}'}}
                ]},
                {"role": "tool", "tool_call_id": "c1", "content": "TOOL"},
                {"role": "assistant", "content": [{"type": "refusal", "refusal": "REFUSAL"}]},
            ],
            "tools": [{"type": "function", "function": {"name": "lookup", "description": "TOOLDESC"}}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "s", "schema": {"description": "SCHEMA"}}},
            "stop": ["STOP"],
            "metadata": {"k": "META"},
        },
    )  # fmt: skip
    texts = _texts(result)
    assert texts["SYS"] == ("system", "text")
    assert texts["DEV"] == ("developer", "text")
    assert texts["USER"] == ("user", "text")
    assert texts["NAME"] == ("user", "name")
    assert texts["TOOL"] == ("tool", "text")
    assert texts["REFUSAL"] == ("assistant", "refusal")
    assert texts["FILE.pdf"][1] == "filename"
    assert any("ARGS" in t for t in texts)
    for word in ("TOOLDESC", "SCHEMA", "STOP", "META"):
        assert word in texts
    assert result.model == "gpt"
    assert result.stream is True
    kinds = [a.kind for a in result.attachments]
    assert kinds == ["image", "remote_image", "audio", "file"]
    assert result.attachments[0].sha256 == hashlib.sha256(b"\x89PNG fake image").hexdigest()
    assert result.attachments[0].media_type == "image/png"
    assert result.attachments[0].size == len(b"\x89PNG fake image")


def test_segment_paths_lead_back_to_their_text() -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "HERE"}]}]}
    [segment] = _norm(Protocol.OPENAI, "chat.completions", body).segments
    node: Any = body
    for step in segment.path:
        node = node[step]
    assert node == "HERE"
    assert segment.message_index == 0


@pytest.mark.parametrize(
    ("protocol", "endpoint", "body"),
    [
        (Protocol.OPENAI, "chat.completions", {"messages": [{"role": "user", "content": "HI"}]}),
        (Protocol.ANTHROPIC, "messages", {"max_tokens": 5, "messages": [{"role": "user", "content": "HI"}]}),
    ],
)
def test_parameters_with_text_are_scanned_and_plain_numbers_are_not(
    protocol: Protocol, endpoint: str, body: dict[str, Any]
) -> None:
    body = {**body, "model": "m", "temperature": 0.5, "stream": False, "metadata": {"user_id": "ID"}}
    segments = _norm(protocol, endpoint, body).segments
    assert [(s.text, s.part) for s in segments if s.part.startswith("param:")] == [
        ("user_id", "param:metadata"),
        ("ID", "param:metadata"),
    ]


def test_openai_responses_items() -> None:
    result = _norm(
        Protocol.OPENAI,
        "responses",
        {
            "model": "m",
            "instructions": "INSTR",
            "input": [
                {"role": "user", "content": [{"type": "input_text", "text": "IN"}, {"type": "input_image", "image_url": f"data:image/jpeg;base64,{PNG}"}]},
                {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "OUT", "annotations": []}]},
                {"type": "function_call", "call_id": "c", "name": "fn", "arguments": "ARGS"},
                {"type": "function_call_output", "call_id": "c", "output": "RESULT"},
                {"type": "reasoning", "id": "r", "summary": [{"type": "summary_text", "text": "THOUGHT"}], "encrypted_content": "opaque"},
            ],
            "text": {"format": {"type": "json_schema", "name": "x", "schema": {"title": "SCHEMA"}}},
        },
    )  # fmt: skip
    texts = _texts(result)
    assert texts["INSTR"] == ("system", "instructions")
    assert texts["IN"] == ("user", "text")
    assert texts["OUT"] == ("assistant", "text")
    assert texts["RESULT"] == ("tool", "tool_result")
    for word in ("ARGS", "THOUGHT", "SCHEMA"):
        assert word in texts
    assert "opaque" not in texts
    assert [a.kind for a in result.attachments] == ["image"]


@pytest.mark.parametrize(
    ("endpoint", "body", "expected"),
    [
        ("embeddings", {"model": "e", "input": "ONE"}, ["ONE"]),
        ("embeddings", {"model": "e", "input": ["A", "B"]}, ["A", "B"]),
        (
            "images.generations",
            {"model": "i", "prompt": "PROMPT", "size": "1024x1024"},
            ["PROMPT", "1024x1024"],
        ),
        (
            "audio.speech",
            {"model": "t", "input": "SAY", "voice": "alloy", "instructions": "CALM"},
            ["SAY", "alloy", "CALM"],
        ),
        ("models.list", b"", []),
    ],
)
def test_openai_other_endpoints(endpoint: str, body: Any, expected: list[str]) -> None:
    assert sorted(s.text for s in _norm(Protocol.OPENAI, endpoint, body).segments) == sorted(expected)


def test_multipart_transcription_and_image_edit() -> None:
    boundary = "XyZ"
    parts = [
        ('name="model"', b"whisper-1"),
        ('name="prompt"', b"PROMPT"),
        ('name="file"; filename="take3.wav"\r\nContent-Type: audio/wav', b"RIFF....WAVE"),
    ]
    body = (
        b"".join(
            f"--{boundary}\r\nContent-Disposition: form-data; {head}\r\n\r\n".encode() + data + b"\r\n"
            for head, data in parts
        )
        + f"--{boundary}--\r\n".encode()
    )
    result = _norm(Protocol.OPENAI, "audio.transcriptions", body, f"multipart/form-data; boundary={boundary}")
    assert result.model == "whisper-1"
    assert "PROMPT" in _texts(result)
    [audio] = result.attachments
    assert (audio.kind, audio.media_type, audio.size) == ("audio", "audio/wav", 12)
    assert audio.filename_hash == hashlib.sha256(b"take3.wav").hexdigest()


def test_multipart_unknown_field_is_refused() -> None:
    body = b'--b\r\nContent-Disposition: form-data; name="smuggle"\r\n\r\ntext\r\n--b--\r\n'
    with pytest.raises(GatewayError) as caught:
        _norm(Protocol.OPENAI, "audio.transcriptions", body, "multipart/form-data; boundary=b")
    assert caught.value.code == "unsupported_construct"


def test_anthropic_messages_every_block() -> None:
    result = _norm(
        Protocol.ANTHROPIC,
        "messages",
        {
            "model": "c",
            "max_tokens": 10,
            "system": [{"type": "text", "text": "SYS", "cache_control": {"type": "ephemeral"}}],
            "messages": [
                {"role": "user", "content": [
                    {"type": "text", "text": "USER"},
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}},
                    {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "DOC"}, "title": "TITLE"},
                    {"type": "document", "source": {"type": "url", "url": "https://x.example/a.pdf"}},
                ]},
                {"role": "assistant", "content": [
                    {"type": "thinking", "thinking": "THINK", "signature": "sig"},
                    {"type": "tool_use", "id": "t", "name": "fn", "input": {"q": "INPUT"}},
                ]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": "RESULT"}]},
            ],
            "tools": [{"name": "fn", "description": "TOOLDESC", "input_schema": {"type": "object"}}],
        },
    )  # fmt: skip
    texts = _texts(result)
    assert texts["SYS"] == ("system", "text")
    assert texts["USER"] == ("user", "text")
    assert texts["DOC"] == ("user", "document")
    assert texts["RESULT"] == ("tool", "tool_result")
    for word in ("TITLE", "THINK", "INPUT", "TOOLDESC"):
        assert word in texts
    assert [a.kind for a in result.attachments] == ["image", "remote_document"]


@pytest.mark.parametrize(
    ("protocol", "endpoint", "body"),
    [
        (Protocol.ANTHROPIC, "messages", {"model": "c", "messages": [], "mcp_servers": [{"url": "https://x"}]}),
        (Protocol.ANTHROPIC, "messages", {"model": "c", "messages": [{"role": "system", "content": "x"}]}),
        (Protocol.ANTHROPIC, "messages", {"model": "c", "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "carrier-pigeon"}}]}]}),
        (Protocol.OPENAI, "chat.completions", {"model": "m", "messages": [{"role": "user", "content": "x", "audio": {"id": "a"}}]}),
        (Protocol.OPENAI, "chat.completions", {"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "file:///etc/passwd"}}]}]}),
        (Protocol.OPENAI, "responses", {"model": "m", "input": [{"type": "computer_call", "id": "x"}]}),
        (Protocol.OPENAI, "embeddings", {"model": "m", "input": [1, 2, 3]}),
    ],
)  # fmt: skip
def test_constructs_that_cannot_be_inspected_are_refused(
    protocol: Protocol, endpoint: str, body: Any
) -> None:
    with pytest.raises(GatewayError) as caught:
        _norm(protocol, endpoint, body)
    assert caught.value.code == "unsupported_construct"


@pytest.mark.parametrize("state", [{"previous_response_id": "resp_1"}, {"conversation": "conv_1"}])
def test_provider_side_conversation_state_is_a_retention_refusal(state: dict[str, str]) -> None:
    with pytest.raises(GatewayError) as caught:
        _norm(Protocol.OPENAI, "responses", {"model": "m", "input": "x", **state})
    assert (caught.value.status, caught.value.code) == (403, "retention")
