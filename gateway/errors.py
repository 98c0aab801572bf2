"""Errors in the client's own protocol: OpenAI and Anthropic error bodies, always with the request id."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from gateway.settings import Protocol

_OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    429: "rate_limit_error",
}
_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    415: "invalid_request_error",
    429: "rate_limit_error",
    504: "timeout_error",
}


@dataclass(frozen=True, slots=True)
class GatewayError(Exception):
    """A refusal or failure to report to the client. ``message`` must never quote request content."""

    status: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.status} {self.code}"


# aiohttp's default Server header names the Python and aiohttp versions; a gateway need not say.
SERVER_NAME = "prompt-gateway"


def error_body(protocol: Protocol, status: int, code: str, message: str, request_id: str) -> dict[str, Any]:
    text = f"{message} (request id {request_id})"
    if protocol is Protocol.ANTHROPIC:
        kind = _ANTHROPIC_TYPES.get(status, "api_error")
        return {
            "type": "error",
            "error": {"type": kind, "message": text, "code": code, "request_id": request_id},
            "request_id": request_id,
        }
    kind = _OPENAI_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": text, "type": kind, "code": code, "param": None, "request_id": request_id}}


def error_response(protocol: Protocol, error: GatewayError, request_id: str) -> web.Response:
    body = error_body(protocol, error.status, error.code, error.message, request_id)
    return web.json_response(
        body,
        status=error.status,
        headers={"X-Request-Id": request_id, "Cache-Control": "no-store", "Server": SERVER_NAME},
    )


def sse_error_event(protocol: Protocol, code: str, message: str, request_id: str) -> bytes:
    """A protocol-correct error event for a stream that has already started."""
    body = error_body(protocol, 502, code, message, request_id)
    if protocol is Protocol.ANTHROPIC:
        return b"event: error\ndata: " + json.dumps(body).encode() + b"\n\n"
    return b"data: " + json.dumps(body).encode() + b"\n\n"
