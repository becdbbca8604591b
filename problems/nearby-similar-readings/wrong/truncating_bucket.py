# verdict: Wrong Answer
# Bucket number by int(value / width), which rounds toward zero: the buckets -1 and 0 merge
# into one twice as wide, so -1 and 1 with tolerance 1 look close.
def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    width = tolerance + 1
    buckets: dict[int, int] = {}
    for i, value in enumerate(readings):
        bucket = int(value / width)
        if bucket in buckets:
            return True
        if bucket - 1 in buckets and value - buckets[bucket - 1] <= tolerance:
            return True
        if bucket + 1 in buckets and buckets[bucket + 1] - value <= tolerance:
            return True
        buckets[bucket] = value
        if i >= max_gap:
            del buckets[int(readings[i - max_gap] / width)]
    return False
