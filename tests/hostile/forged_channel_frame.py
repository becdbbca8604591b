# expect: Wrong Answer, Runtime Error
# Writes a forged reply frame (with a wrong answer) to every descriptor 3..10, hoping one is
# the harness's channel, then returns a wrong answer. At most this is a (wrong) return value.
import json
import os
import struct


def _frame(value):
    body = json.dumps({"ok": True, "value": value}, separators=(",", ":")).encode("utf-8")
    return struct.pack(">I", len(body)) + body


def insert_positions(nums, queries):
    frame = _frame([-7] * (len(queries) + 2))
    for fd in range(3, 11):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    return [-1] * (len(queries) + 1)
