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
