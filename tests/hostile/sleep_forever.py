# expect: Time Limit Exceeded
# Sleeps instead of computing: no CPU time is used, so only a wall-clock limit catches it.
import time


def insert_positions(nums, queries):
    time.sleep(3600)
    return [0] * len(queries)
