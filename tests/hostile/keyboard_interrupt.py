# expect: Runtime Error
# Raises KeyboardInterrupt (a BaseException, not an Exception) from the entry point.


def insert_positions(nums, queries):
    raise KeyboardInterrupt
