# verdict: Wrong Answer
# Evicts only once the window holds more than max_gap + 1 readings, so a pair max_gap + 1
# apart still counts.
def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
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
        if i > max_gap:
            del buckets[readings[i - max_gap - 1] // width]
    return False
