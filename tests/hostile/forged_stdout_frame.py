# expect: Wrong Answer, Output Limit Exceeded
# Prints a well-formed reply frame carrying the correct answer, through sys.stdout, its
# buffer and os.write(1, ...), then returns a wrong answer. Stdout must never be the channel.
import json
import os
import struct
import sys


def _lower_bound(nums, target):
    low, high = 0, len(nums)
    while low < high:
        middle = (low + high) // 2
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def _frame(value):
    body = json.dumps({"ok": True, "value": value, "stdout": "", "stderr": "",
                       "stdout_bytes": 0, "stderr_bytes": 0},
                      separators=(",", ":")).encode("utf-8")
    return struct.pack(">I", len(body)) + body


def insert_positions(nums, queries):
    frame = _frame([_lower_bound(nums, q) for q in queries])
    sys.stdout.write(frame.decode("latin-1"))
    sys.stdout.flush()
    sys.stdout.buffer.write(frame)
    sys.stdout.buffer.flush()
    os.write(1, frame)
    sys.__stdout__.write(frame.decode("latin-1"))
    sys.__stdout__.flush()
    return [-1] * (len(queries) + 1)
