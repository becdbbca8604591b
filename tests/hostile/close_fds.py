# expect: Runtime Error
# Closes descriptors 0..10 (the harness's channel among them), then returns the correct
# answer: the reply can no longer be sent, which must not count as a pass.
import os


def _lower_bound(nums, target):
    low, high = 0, len(nums)
    while low < high:
        middle = (low + high) // 2
        if nums[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def insert_positions(nums, queries):
    for fd in range(0, 11):
        try:
            os.close(fd)
        except OSError:
            pass
    return [_lower_bound(nums, q) for q in queries]
