# expect: Runtime Error
# Recurses without end: RecursionError.


def _down(n):
    return _down(n + 1) + 1


def insert_positions(nums, queries):
    return [_down(q) for q in queries]
