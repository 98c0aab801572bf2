"""multipart/form-data bodies (image edits, transcriptions): text fields are segments, files attachments."""

from __future__ import annotations

import email.parser
import email.policy
from email.message import EmailMessage

from gateway.normalize.common import Collector, bad_request, unsupported

_MAX_PARTS = 64


def parse(
    body: bytes,
    content_type: str,
    text_fields: frozenset[str],
    file_fields: frozenset[str],
    col: Collector,
) -> dict[str, str]:
    """Walk a form; return its text fields (for the model name and stream flag)."""
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
    if not message.is_multipart():
        raise bad_request("The multipart body could not be parsed.")
    fields: dict[str, str] = {}
    parts = list(message.iter_parts())
    if len(parts) > _MAX_PARTS:
        raise bad_request("The form has too many parts.")
    for index, part in enumerate(parts):
        if not isinstance(part, EmailMessage):
            raise bad_request("The multipart body could not be parsed.")
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise bad_request("Every form part needs a name.")
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if name in file_fields:
            col.binary(
                _kind(part.get_content_type()), part.get_content_type(), data, ("form", index), filename
            )
        elif name in text_fields and filename is None:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise bad_request("A text field of the form is not valid UTF-8.") from None
            col.text(
                text, ("form", index), "user", "image_prompt" if name == "prompt" else f"param:{name}", 0
            )
            fields[name] = text
        else:
            raise unsupported("a form field the gateway does not inspect")
    return fields


def _kind(media_type: str) -> str:
    major = media_type.split("/", 1)[0]
    return {"image": "image", "audio": "audio", "video": "video"}.get(major, "file")
