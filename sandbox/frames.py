"""Length-prefixed JSON frames: a 4-byte big-endian size, then UTF-8 JSON.

`FrameBuffer` is fed bytes by a reader thread and hands out whole frames to a waiting
grader, with a deadline. Parsing is strict: no NaN/Infinity literals, capped size, and nesting
bounded while parsing (the C parser's recursion guard; a frame nested past it is refused).
There is no second walk over the parsed frame: the grader's decoder caps the returned value's
depth and size as it decodes it, and reads every other field as a scalar only. What the frames
*mean* is decided there, not here.
"""

import json
import struct
import threading
import time

from .errors import ProtocolViolation, SandboxClosed, SandboxTimeout

MAX_FRAME_BYTES = 32 * 1024 * 1024
_HEADER = struct.Struct(">I")


def encode_frame(message: dict) -> bytes:
    return frame_bytes(json.dumps(message, allow_nan=False,
                                  separators=(",", ":")).encode("utf-8"))


def frame_bytes(body: bytes) -> bytes:
    """The frame around a JSON body already encoded."""
    if len(body) > MAX_FRAME_BYTES:
        raise ValueError(f"a frame of {len(body)} bytes exceeds {MAX_FRAME_BYTES}")
    return _HEADER.pack(len(body)) + body


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed on the channel")


def parse_frame(body: bytes) -> dict:
    try:
        message = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolViolation(f"a frame that is not valid JSON: {exc}") from None
    if not isinstance(message, dict):
        raise ProtocolViolation("a frame that is not a JSON object")
    return message


class FrameBuffer:
    """Collects channel bytes from a reader thread; `next_frame` waits for a whole frame."""

    def __init__(self, max_frame: int = MAX_FRAME_BYTES) -> None:
        self._data = bytearray()
        self._closed = False
        self._cond = threading.Condition()
        self._max_frame = max_frame

    def feed(self, chunk: bytes) -> None:
        with self._cond:
            self._data.extend(chunk)
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed

    def _take(self) -> bytes | None:
        if len(self._data) < 4:
            return None
        (size,) = _HEADER.unpack_from(self._data)
        if size > self._max_frame:
            raise ProtocolViolation(f"a frame of {size} bytes exceeds the {self._max_frame} cap")
        if len(self._data) < 4 + size:
            return None
        body = bytes(self._data[4:4 + size])
        del self._data[:4 + size]
        return body

    def ready_frame(self) -> dict | None:
        """A whole frame if one has arrived, else None (never waits)."""
        with self._cond:
            body = self._take()
        return None if body is None else parse_frame(body)

    def next_frame(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                body = self._take()
                if body is not None:
                    break
                if self._closed:
                    raise SandboxClosed("the sandbox closed the channel")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise SandboxTimeout(f"no reply within {timeout:.2f}s")
                self._cond.wait(remaining)
        return parse_frame(body)


class CappedText:
    """Keeps the first `cap` bytes of a stream (the sandbox's own stderr, for diagnostics)."""

    def __init__(self, cap: int = 64 * 1024) -> None:
        self._cap = cap
        self._data = bytearray()
        self.total = 0

    def feed(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = self._cap - len(self._data)
        if room > 0:
            self._data.extend(chunk[:room])

    def text(self) -> str:
        return self._data.decode("utf-8", errors="replace")
