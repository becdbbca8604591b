def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    width = tolerance + 1
    buckets: dict[int, int] = {}
    for i, value in enumerate(readings):
        bucket = value // width
        if bucket in buckets:
            return True
        below = buckets.get(bucket - 1)
        if below is not None and value - below <= tolerance:
            return True
        above = buckets.get(bucket + 1)
        if above is not None and above - value <= tolerance:
            return True
        buckets[bucket] = value
        if i >= max_gap:
            del buckets[readings[i - max_gap] // width]
    return False
