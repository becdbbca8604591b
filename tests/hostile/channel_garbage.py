# expect: Runtime Error, Time Limit Exceeded, Wrong Answer
# Writes a frame header claiming 4 GiB, then bytes that are not JSON, to every descriptor
# 3..10 (the harness's channel among them), then returns a wrong answer.
import os
import struct


def insert_positions(nums, queries):
    junk = struct.pack(">I", 0xFFFFFFFF) + b"\xff\xfe not json {{{" * 64
    for fd in range(3, 11):
        try:
            os.write(fd, junk)
        except OSError:
            pass
    return [-1] * (len(queries) + 1)
