# expect: Time Limit Exceeded, Runtime Error, Memory Limit Exceeded
# A fork bomb: every process forks in a loop; children keep forking, and a process that can
# fork no more sleeps, holding its slot. A shared counter in /tmp stops the bomb at 3000
# processes so that a judge without a process cap does not take the host down; reaching it
# returns the correct answer (so a missing cap shows up as Accepted, i.e. a failing test).
import os
import time

CAP = 3000
COUNTER = "/tmp/.forks"


def _lower_bound(nums, target):
    low, high = 0, len(nums)
    while low < high:
        middle = (low + high) // 2
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def _count():
    try:
        return os.path.getsize(COUNTER)
    except OSError:
        return 0


def insert_positions(nums, queries):
    root = os.getpid()
    counter = os.open(COUNTER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    while _count() < CAP:
        try:
            pid = os.fork()
        except OSError:
            if os.getpid() == root:
                raise  # the process cap held: a runtime error in the submission
            break
        if pid == 0:
            try:
                os.write(counter, b"x")
            except OSError:
                pass
    if os.getpid() != root:
        time.sleep(120)
        os._exit(0)
    # The root got CAP processes without being stopped: no process cap.
    return [_lower_bound(nums, q) for q in queries]
