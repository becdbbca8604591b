"""A cap on request bodies that answers like every other error: 413 with a message saying which
part is too big (the code, the input, or the request), as JSON on the API and as a page on the
web (FastAPI's own `max_body_size` answers plain text).

The cap holds the largest code and input the service accepts however the client encodes them
(`ESCAPED`), so a request over it cannot be a valid one. Which part is too big is read from
what arrived before the cap: the field whose value it ends inside (a JSON body's top-level
key, a form's field), if that value alone is longer than its limit can be.

It raises an HTTPException from the body stream, which FastAPI passes on untouched to the
app's HTTPException handler (api/errors.py); nothing over the cap is read into memory."""

import re
from urllib.parse import unquote_plus

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from judge.service.submissions import size_text

ESCAPED = 6
"""The most bytes one byte of text can take in a request body: JSON's `\\u0001` for a control
character (`\\u00e9` for the two bytes of "é"); a form's `%XX` takes three."""

OVERHEAD = 64 * 1024
"""Room in a request for everything around the code and the input."""


def body_cap(limits: dict[str, int]) -> int:
    """The largest body a request with every part within its limit can take."""
    return ESCAPED * sum(limits.values()) + OVERHEAD


def _json_part(prefix: bytes, fields: list[str]) -> tuple[str, int] | None:
    """When the prefix ends inside the string value of one of `fields`: its name and the
    value's bytes so far. Inside a JSON string every quote is escaped, so `"code": "` can
    only be a key and the start of its value; the value runs on to the end unless a quote
    that no backslash escapes closes it. (Searches and replaces only, at C speed: a body is
    never walked a character at a time.)"""
    last_key = re.compile(rb'(?s:.*)"(' + b"|".join(re.escape(f.encode()) for f in fields)
                          + rb')"\s*:\s*"')
    found = last_key.match(prefix)
    if found is None:
        return None
    value = prefix[found.end():]
    # Escapes read left to right: each `\\` is a backslash; then each `\"` is a quote in
    # the text, and any quote left is the string's end.
    if b'"' in value.replace(b"\\\\", b"").replace(b'\\"', b""):
        return None
    return found.group(1).decode(), len(value)


def _urlencoded_part(prefix: bytes) -> tuple[str, int] | None:
    name, equals, value = prefix.rpartition(b"&")[2].partition(b"=")
    return (unquote_plus(name.decode("latin-1")), len(value)) if equals else None


_PART_NAME = re.compile(rb'(?i)^content-disposition:.*?\bname="([^"]*)"', re.M)


def _multipart_part(prefix: bytes, boundary: bytes) -> tuple[str, int] | None:
    """The last part's name and its value's length so far, from the headers after the last
    boundary (a part's value starts after its blank line)."""
    start = prefix.rfind(b"--" + boundary) if boundary else -1
    if start < 0:
        return None
    end = prefix.find(b"\r\n\r\n", start, start + 4096)  # the part's headers are short
    found = _PART_NAME.search(prefix, start, end) if end >= 0 else None
    if found is None:
        return None
    return found.group(1).decode("utf-8", "replace"), len(prefix) - (end + 4)


def part_received(prefix: bytes, content_type: str,
                  fields: list[str]) -> tuple[str, int] | None:
    """The field whose value `prefix` (a body cut short) ends inside, and that value's
    length so far; None when it ends elsewhere, or the body is of another kind. A JSON body
    is searched for `fields` only."""
    kind, _, params = content_type.partition(";")
    kind = kind.strip().lower()
    if kind == "application/x-www-form-urlencoded":
        return _urlencoded_part(prefix)
    if kind == "multipart/form-data":
        found = re.search(r'boundary="?([^";]+)"?', params)
        return _multipart_part(prefix, found.group(1).encode("latin-1") if found else b"")
    if prefix.lstrip().startswith(b"{"):  # JSON, whatever the client called it
        return _json_part(prefix, fields)
    return None


class BodyLimit:
    def __init__(self, app: ASGIApp, limits: dict[str, int], names: dict[str, str]) -> None:
        """`limits`: the largest value of each field (in UTF-8 bytes), `names`: each field as
        a message names it ("the code")."""
        self.app = app
        self.limits, self.names = limits, names
        self.max_bytes = body_cap(limits)

    def message(self, prefix: bytes, content_type: str) -> str:
        received = part_received(prefix, content_type, list(self.limits))
        if received is not None:
            field, length = received
            limit = self.limits.get(field)
            if limit is not None and length > ESCAPED * limit:  # over, however encoded
                return f"{self.names[field]} is over {size_text(limit)}"
        return f"the request is over {size_text(self.max_bytes)}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        content_type = Headers(scope=scope).get("content-type", "")
        # what came, up to the first byte over the cap: to tell which part crossed it
        received = bytearray()

        async def limited() -> Message:
            message = await receive()
            body = message.get("body", b"")
            received.extend(body[:self.max_bytes + 1 - len(received)])
            if len(received) > self.max_bytes:  # whatever Content-Length said
                raise HTTPException(413, self.message(bytes(received), content_type))
            return message

        await self.app(scope, limited, send)
