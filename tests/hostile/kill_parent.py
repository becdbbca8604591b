# expect: Runtime Error, Wrong Answer
# Sends SIGKILL to its parent process (in a container the parent is outside: pid 0 means its
# own process group), then returns a wrong answer if it is still alive.
import os
import signal


def insert_positions(nums, queries):
    try:
        os.kill(os.getppid(), signal.SIGKILL)
    except OSError:
        pass
    return [-1] * (len(queries) + 1)
