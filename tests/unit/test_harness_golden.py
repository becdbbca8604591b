"""Golden test of the harness contract: a scripted conversation and the exact replies.

The harness runs as a plain subprocess here (no sandbox): this pins the protocol, not the
isolation, which the integration tests cover.
"""

import json
import subprocess
import sys
from pathlib import Path

from sandbox.base import harness_source
from sandbox.frames import FrameBuffer, encode_frame

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "harness_conversation.json"
COLUMNS = GOLDEN.with_name("harness_columns.json")


def _converse(messages: list[dict], cwd: Path) -> FrameBuffer:
    stream = b"".join(encode_frame(m) for m in messages)
    process = subprocess.run([sys.executable, "-I", "-c", harness_source()], input=stream,
                             capture_output=True, timeout=60, cwd=cwd, env={})
    assert process.returncode == 0, process.stderr.decode()
    frames = FrameBuffer()
    frames.feed(process.stdout)
    frames.close()
    return frames


def test_conversation_matches_golden_replies(tmp_path: Path) -> None:
    steps = json.loads(GOLDEN.read_text())
    frames = _converse([step["send"] for step in steps], tmp_path)
    for step in steps:
        assert frames.next_frame(1) == step["reply"], step["send"]


def test_syntax_error_is_reported_as_compile_phase(tmp_path: Path) -> None:
    frames = _converse([{"op": "load", "kind": "function", "entry": "f",
                         "code": "def f(:\n    pass\n"}], tmp_path)
    reply = frames.next_frame(1)
    assert reply["ok"] is False and reply["phase"] == "compile"
    assert reply["error"]["type"] == "SyntaxError"
    assert reply["error"]["line"] == 1 and reply["error"]["text"] == "def f(:"


def test_typed_columns_and_preparation_match_golden_replies(tmp_path: Path) -> None:
    """Arrays and DataFrame columns cross as whole typed columns (little-endian base64), a
    sandbox can import what a problem needs and lower its own limits before any code loads,
    and refuses anything else it is asked to prepare."""
    steps = json.loads(COLUMNS.read_text())
    frames = _converse([step["send"] for step in steps], tmp_path)
    for step in steps:
        assert frames.next_frame(1) == step["reply"], step["send"]


def test_the_golden_typed_columns_decode_to_the_values_returned() -> None:
    """The golden reply is not just what the harness printed once: the strict decoder reads
    it back as exactly the arrays and frame the submission returned."""
    import numpy as np
    import pandas as pd

    from judge.grading.wire.codec import decode

    call = next(step for step in json.loads(COLUMNS.read_text())
                if step["send"]["op"] == "call")
    doubled, frame, floats = decode(call["reply"]["value"])
    np.testing.assert_array_equal(doubled, np.array([2, 4, 6], dtype="int64"), strict=True)
    expected = pd.DataFrame({"x": np.array([10, 20], dtype="int64"), "y": ["a", None],
                             "t": pd.to_datetime(["2024-01-01", None]),
                             "z": [5.0, 10.0], "ok": [True, False]})
    pd.testing.assert_frame_equal(frame, expected, check_exact=True)
    assert floats.dtype == np.float64 and floats.shape == (2, 2)
    assert floats[0, 0] == 1.5 and np.isnan(floats[0, 1]) and np.isinf(floats[1, 0])
    assert np.signbit(floats[1, 1])  # -0.0 kept
