# expect: Runtime Error, Wrong Answer
# Sends SIGKILL to every process it may signal (kill(-1)), then to pid 1, then returns wrong.
import os
import signal


def insert_positions(nums, queries):
    for pid in (-1, 1):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return [-1] * (len(queries) + 1)
