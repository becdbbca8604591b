# verdict: Wrong Answer
# Only looks in the reading's own bucket: a close reading just across a bucket edge is missed.
def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    width = tolerance + 1
    window: set[int] = set()
    for i, value in enumerate(readings):
        bucket = value // width
        if bucket in window:
            return True
        window.add(bucket)
        if i >= max_gap:
            window.discard(readings[i - max_gap] // width)
    return False
