# expect: Output Limit Exceeded
# Prints 50 MB to stdout (past the output limit), ignoring write errors, then answers.
import os
import sys

CHUNK = "x" * (1 << 20)


def insert_positions(nums, queries):
    for _ in range(50):
        try:
            sys.stdout.write(CHUNK)
            sys.stdout.flush()
        except OSError:
            pass
        try:
            os.write(1, CHUNK.encode())
        except OSError:
            pass
    return [0] * len(queries)
