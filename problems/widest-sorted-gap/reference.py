def widest_gap(values: list[int]) -> int:
    n = len(values)
    if n < 2:
        return 0
    lo, hi = min(values), max(values)
    if lo == hi:
        return 0
    # n - 1 buckets of equal width over [lo, hi]; value v goes to bucket
    # (v - lo) * (n - 1) // (hi - lo), in exact integer arithmetic (hi lands in bucket n - 1,
    # one extra bucket of its own)
    span, count = hi - lo, n - 1
    low_of = [None] * n
    high_of = [None] * n
    for v in values:
        b = (v - lo) * count // span
        if low_of[b] is None:
            low_of[b] = high_of[b] = v
        elif v < low_of[b]:
            low_of[b] = v
        elif v > high_of[b]:
            high_of[b] = v
    # a bucket is narrower than the average gap, so the widest gap runs from one non-empty
    # bucket's maximum to the next non-empty bucket's minimum
    best = 0
    previous = high_of[0]   # bucket 0 holds lo
    for b in range(1, n):
        if low_of[b] is not None:
            best = max(best, low_of[b] - previous)
            previous = high_of[b]
    return best
