"""FrameBuffer: whole frames out of arbitrarily chunked bytes, with deadlines and closing."""

import struct
import threading
import time

import pytest

from sandbox.errors import ProtocolViolation, SandboxClosed, SandboxTimeout
from sandbox.frames import CappedText, FrameBuffer, encode_frame, parse_frame


def frame(message: dict) -> bytes:
    return encode_frame(message)


def test_encode_frame_layout():
    data = frame({"ok": True, "n": 1})
    (size,) = struct.unpack(">I", data[:4])
    assert size == len(data) - 4
    assert data[4:] == b'{"ok":true,"n":1}'
    assert parse_frame(data[4:]) == {"ok": True, "n": 1}


def test_frame_fed_one_byte_at_a_time_before_reading():
    buffer = FrameBuffer()
    message = {"ok": True, "value": ["é", 1.5, None, {"$t": "float", "v": "nan"}]}
    for byte in frame(message):
        buffer.feed(bytes([byte]))
    assert buffer.next_frame(timeout=1.0) == message


def test_frame_fed_by_a_thread_in_many_chunks_while_waiting():
    buffer = FrameBuffer()
    message = {"ok": True, "value": list(range(500)), "stdout": "x" * 3000}
    data = frame(message)

    def writer():
        for start in range(0, len(data), 7):
            buffer.feed(data[start:start + 7])
            if start % 700 == 0:
                time.sleep(0.001)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert buffer.next_frame(timeout=10.0) == message
    finally:
        thread.join()


def test_partial_frame_is_not_delivered_until_complete():
    buffer = FrameBuffer()
    data = frame({"ok": True, "value": 42})
    buffer.feed(data[:-1])
    with pytest.raises(SandboxTimeout):
        buffer.next_frame(timeout=0.05)
    buffer.feed(data[-1:])
    assert buffer.next_frame(timeout=1.0) == {"ok": True, "value": 42}


def test_header_split_across_feeds():
    buffer = FrameBuffer()
    data = frame({"a": 1})
    buffer.feed(data[:2])
    with pytest.raises(SandboxTimeout):
        buffer.next_frame(timeout=0.02)
    buffer.feed(data[2:])
    assert buffer.next_frame(timeout=1.0) == {"a": 1}


def test_two_frames_in_one_chunk():
    buffer = FrameBuffer()
    buffer.feed(frame({"n": 1}) + frame({"n": 2}))
    assert buffer.next_frame(timeout=1.0) == {"n": 1}
    assert buffer.next_frame(timeout=1.0) == {"n": 2}
    with pytest.raises(SandboxTimeout):
        buffer.next_frame(timeout=0.02)


def test_frame_and_a_half_then_the_rest():
    buffer = FrameBuffer()
    first, second = frame({"n": 1}), frame({"n": 2, "pad": "y" * 100})
    buffer.feed(first + second[:50])
    assert buffer.next_frame(timeout=1.0) == {"n": 1}
    buffer.feed(second[50:])
    assert buffer.next_frame(timeout=1.0) == {"n": 2, "pad": "y" * 100}


def test_timeout_raises_after_roughly_the_deadline():
    buffer = FrameBuffer()
    start = time.monotonic()
    with pytest.raises(SandboxTimeout, match="no reply within 0.10s"):
        buffer.next_frame(timeout=0.1)
    elapsed = time.monotonic() - start
    assert 0.09 <= elapsed < 2.0


def test_zero_timeout_still_returns_a_ready_frame():
    buffer = FrameBuffer()
    buffer.feed(frame({"ready": True}))
    assert buffer.next_frame(timeout=0.0) == {"ready": True}


def test_close_raises_sandbox_closed():
    buffer = FrameBuffer()
    buffer.close()
    with pytest.raises(SandboxClosed):
        buffer.next_frame(timeout=5.0)


def test_close_with_a_partial_frame_raises_sandbox_closed():
    buffer = FrameBuffer()
    buffer.feed(frame({"n": 1})[:-3])
    buffer.close()
    with pytest.raises(SandboxClosed):
        buffer.next_frame(timeout=5.0)


def test_frames_buffered_before_close_are_still_delivered():
    buffer = FrameBuffer()
    buffer.feed(frame({"last": "words"}))
    buffer.close()
    assert buffer.next_frame(timeout=1.0) == {"last": "words"}
    with pytest.raises(SandboxClosed):
        buffer.next_frame(timeout=1.0)


def test_close_from_another_thread_wakes_a_waiter_promptly():
    buffer = FrameBuffer()
    timer = threading.Timer(0.05, buffer.close)
    timer.start()
    start = time.monotonic()
    try:
        with pytest.raises(SandboxClosed):
            buffer.next_frame(timeout=30.0)
    finally:
        timer.cancel()
    assert time.monotonic() - start < 5.0


def test_oversized_header_raises_protocol_violation():
    buffer = FrameBuffer(max_frame=100)
    buffer.feed(struct.pack(">I", 101))
    with pytest.raises(ProtocolViolation, match="101 bytes exceeds the 100 cap"):
        buffer.next_frame(timeout=1.0)


def test_frame_exactly_at_the_cap_is_accepted():
    body = b'{"v":"' + b"a" * 20 + b'"}'
    buffer = FrameBuffer(max_frame=len(body))
    buffer.feed(struct.pack(">I", len(body)) + body)
    assert buffer.next_frame(timeout=1.0) == {"v": "a" * 20}


def test_a_bad_body_surfaces_as_protocol_violation_from_next_frame():
    buffer = FrameBuffer()
    body = b'{"v": NaN}'
    buffer.feed(struct.pack(">I", len(body)) + body)
    with pytest.raises(ProtocolViolation):
        buffer.next_frame(timeout=1.0)


def test_capped_text_keeps_the_head_and_counts_everything():
    text = CappedText(cap=10)
    text.feed(b"hello ")
    text.feed(b"world, and more")
    assert text.text() == "hello worl"
    assert text.total == len(b"hello world, and more")
