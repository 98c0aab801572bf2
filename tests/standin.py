"""A local stand-in for the OpenAI and Anthropic APIs, used by the tests and the benchmark.

Behaviour is picked by the request's ``model`` so that tests can drive faults through the official
SDKs unchanged: ``fault-500``, ``fault-truncate`` (stream cut without its end event), ``fault-reset``
(connection dropped before answering), ``fault-hang`` (never answers), ``fault-slow`` (streams one
chunk, then waits; records whether the gateway hung up).
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class StandInState:
    seen: list[Seen] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    record: bool = True


STATE = web.AppKey("standin_state", StandInState)
# What a careless model might answer: personal data in the middle of an otherwise harmless reply.
LEAK = (
    "Sure, here is the note for the crew about the harbour shoot at dawn. The fog should lift by eight, "
    "so the first set-up is the wide from the sea wall, then the lamp close-ups while the light is still "
    "blue. Catering is by the lifeboat station and the tide turns just after nine. "
    "Call Jun Park on (213) 555-0199, 4410 Alder Street, Burbank CA 91505, if the tide is late. "
    "Bring warm layers and a flask."
)


async def _common(request: web.Request) -> tuple[bytes, dict[str, Any], str]:
    body = await request.read()
    state = request.app[STATE]
    if state.record:
        state.seen.append(
            Seen(request.method, request.path, {k.lower(): v for k, v in request.headers.items()}, body)
        )
    data = json.loads(body) if body and request.content_type == "application/json" else {}
    model = str(data.get("model", "")) if isinstance(data, dict) else ""
    if model == "fault-500":
        raise web.HTTPInternalServerError(
            text=json.dumps({"error": {"message": "stand-in failure", "type": "server_error"}}),
            content_type="application/json",
        )
    if model == "fault-reset":
        if request.transport is not None:
            request.transport.abort()
        await asyncio.sleep(1)
    if model == "fault-html":
        raise web.HTTPBadGateway(text="<html><body>proxy error</body></html>", content_type="text/html")
    if model == "fault-hang":
        await asyncio.sleep(3600)
    return body, data, model


def _sse(data: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(data)}\n\n".encode()


def _event(kind: str, **fields: Any) -> bytes:
    return _sse({"type": kind, **fields}, kind)


async def _stream(request: web.Request, chunks: list[bytes], model: str) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "x-request-id": "up-1"})
    await response.prepare(request)
    if model == "fault-truncate":
        for chunk in chunks[:2]:
            await response.write(chunk)
        if request.transport is not None:
            request.transport.abort()
        return response
    if model == "fault-slow":
        await response.write(chunks[0])
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            request.app[STATE].cancelled.append(request.path)
            raise
        return response
    if model == "long":
        # A model that writes as it thinks: one event a millisecond.
        for chunk in chunks:
            await response.write(chunk)
            await asyncio.sleep(0.001)
        await response.write_eof()
        return response
    if model.endswith("-bytes"):
        # One byte at a time: splits lines, events and multi-byte characters at every position.
        for chunk in chunks:
            for i in range(len(chunk)):
                await response.write(chunk[i : i + 1])
    else:
        for chunk in chunks:
            await response.write(chunk)
    await response.write_eof()
    return response


async def chat_completions(request: web.Request) -> web.StreamResponse:
    _, data, model = await _common(request)
    created = int(time.time())
    words = ["Hello", " from", " the", " stand-in."]
    if model.startswith("leak"):
        words = [LEAK[i : i + 8] for i in range(0, len(LEAK), 8)]
    if model == "long":
        words = [f" word{i}" for i in range(200)]
    if model.startswith("echo"):
        # Repeat the prompt back, so tests can follow a canary through a completion too.
        last = data["messages"][-1]["content"]
        words = [last[i : i + 8] for i in range(0, len(last), 8)]
    if data.get("stream"):
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": created, "model": model}
        chunks = [
            _sse({**base, "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]})
        ]
        chunks += [
            _sse({**base, "choices": [{"index": 0, "delta": {"content": w}, "finish_reason": None}]})
            for w in words
        ]
        chunks.append(_sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
        chunks.append(b"data: [DONE]\n\n")
        if model == "garbage":
            chunks.insert(1, b"data: {this is not json\n\n")
        return await _stream(request, chunks, model)
    return web.json_response(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(words)},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9},
        },
        headers={
            "x-request-id": "up-1",
            **({"Set-Cookie": "__cf_bm=tracker; Path=/"} if model == "sets-cookie" else {}),
        },
    )


async def responses(request: web.Request) -> web.StreamResponse:
    _, data, model = await _common(request)
    text = LEAK if model.startswith("leak") else "Hello from the stand-in."
    resp = {
        "id": "resp_1",
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "model": model,
        "output": [
            {
                "type": "message",
                "id": "msg_1",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }
    if data.get("stream"):
        where = {"item_id": "msg_1", "output_index": 0, "content_index": 0, "logprobs": []}
        pieces = [text[i : i + 8] for i in range(0, len(text), 8)]
        chunks = [
            _event(
                "response.created",
                sequence_number=0,
                response={**resp, "status": "in_progress", "output": []},
            ),
            *(
                _event("response.output_text.delta", sequence_number=n + 1, delta=piece, **where)
                for n, piece in enumerate(pieces)
            ),
            _event("response.completed", sequence_number=len(pieces) + 1, response=resp),
        ]
        return await _stream(request, chunks, model)
    return web.json_response(resp)


async def embeddings(request: web.Request) -> web.StreamResponse:
    _, data, model = await _common(request)
    inputs = data.get("input")
    count = len(inputs) if isinstance(inputs, list) else 1
    return web.json_response(
        {
            "object": "list",
            "data": [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i in range(count)],
            "model": model,
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        }
    )


async def models(request: web.Request) -> web.StreamResponse:
    await _common(request)
    return web.json_response(
        {
            "object": "list",
            "data": [{"id": "gpt-test", "object": "model", "created": 0, "owned_by": "stand-in"}],
        }
    )


async def speech(request: web.Request) -> web.StreamResponse:
    await _common(request)
    response = web.StreamResponse(headers={"Content-Type": "audio/mpeg"})
    await response.prepare(request)
    for _ in range(4):
        await response.write(b"\xff\xfb" + b"\x00" * 1022)
    await response.write_eof()
    return response


async def images(request: web.Request) -> web.StreamResponse:
    await _common(request)
    return web.json_response({"created": 0, "data": [{"b64_json": "aGVsbG8="}]})


async def transcriptions(request: web.Request) -> web.StreamResponse:
    await _common(request)
    return web.json_response({"text": "hello"})


async def messages(request: web.Request) -> web.StreamResponse:
    _, data, model = await _common(request)
    text = "Hello from the stand-in."
    if model.startswith("echo"):
        last = data["messages"][-1]["content"]
        text = last if isinstance(last, str) else "".join(b.get("text", "") for b in last)
    if model.startswith("leak"):
        text = LEAK
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 4},
    }
    if data.get("stream"):
        start = {
            **message,
            "content": [],
            "stop_reason": None,
            "usage": {"input_tokens": 5, "output_tokens": 0},
        }
        chunks = [
            _event("message_start", message=start),
            _event("content_block_start", index=0, content_block={"type": "text", "text": ""}),
            *(
                _event("content_block_delta", index=0, delta={"type": "text_delta", "text": text[i : i + 8]})
                for i in range(0, len(text), 8)
            ),
            _event("content_block_stop", index=0),
            _event(
                "message_delta",
                delta={"stop_reason": "end_turn", "stop_sequence": None},
                usage={"output_tokens": 4},
            ),
            _event("message_stop"),
        ]
        return await _stream(request, chunks, model)
    return web.json_response(message, headers={"request-id": "up-a1"})


async def count_tokens(request: web.Request) -> web.StreamResponse:
    await _common(request)
    return web.json_response({"input_tokens": 7})


def make_standin() -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024)
    app[STATE] = StandInState()
    app.router.add_post("/v1/chat/completions", chat_completions)
    app.router.add_post("/v1/responses", responses)
    app.router.add_post("/v1/embeddings", embeddings)
    app.router.add_get("/v1/models", models)
    app.router.add_post("/v1/audio/speech", speech)
    app.router.add_post("/v1/audio/transcriptions", transcriptions)
    app.router.add_post("/v1/images/generations", images)
    app.router.add_post("/v1/images/edits", images)
    app.router.add_post("/v1/messages", messages)
    app.router.add_post("/v1/messages/count_tokens", count_tokens)
    return app


if __name__ == "__main__":
    import sys

    # Run as a process (by the benchmarks) it keeps nothing: recording would grow without bound.
    standin = make_standin()
    standin[STATE].record = False
    web.run_app(
        standin, host="127.0.0.1", port=int(sys.argv[1]) if len(sys.argv) > 1 else 9099, access_log=None
    )
