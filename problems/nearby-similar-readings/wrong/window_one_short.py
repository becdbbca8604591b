# verdict: Wrong Answer
# Evicts the reading max_gap - 1 ticks back, so the window holds one reading too few and a
# pair exactly max_gap apart is missed.
def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    if max_gap == 0:
        return False
    width = tolerance + 1
    buckets: dict[int, int] = {}
    for i, value in enumerate(readings):
        bucket = value // width
        if bucket in buckets:
            return True
        for side in (bucket - 1, bucket + 1):
            if side in buckets and abs(buckets[side] - value) <= tolerance:
                return True
        buckets[bucket] = value
        if i >= max_gap - 1:
            del buckets[readings[i - max_gap + 1] // width]
    return False
