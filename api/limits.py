"""A cap on request bodies that answers like every other error: 413 with a message, as JSON on
the API and as a page on the web (FastAPI's own `max_body_size` answers plain text).

It raises an HTTPException from the body stream, which FastAPI passes on untouched to the
app's HTTPException handler (api/errors.py); nothing over the cap is read into memory."""

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int, max_code_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.message = (f"the request is larger than {max_bytes} bytes; a submission's code "
                        f"may be at most {max_code_bytes} bytes")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        over = declared.isdigit() and int(declared) > self.max_bytes
        received = 0

        async def limited() -> Message:
            nonlocal received
            if over:  # refused before a byte of it is read
                raise HTTPException(413, self.message)
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:  # no Content-Length, or a false one
                raise HTTPException(413, self.message)
            return message

        await self.app(scope, limited, send)
