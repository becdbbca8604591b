# verdict: Wrong Answer
# The bucket method with an off-by-one in the final loop: it stops before the last bucket,
# the one that holds the maximum, so a widest gap ending at the maximum is missed.
def widest_gap(values):
    n = len(values)
    if n < 2:
        return 0
    lo, hi = min(values), max(values)
    if lo == hi:
        return 0
    low_of, high_of = [None] * n, [None] * n
    for v in values:
        b = (v - lo) * (n - 1) // (hi - lo)
        low_of[b] = v if low_of[b] is None else min(low_of[b], v)
        high_of[b] = v if high_of[b] is None else max(high_of[b], v)
    best, previous = 0, high_of[0]
    for b in range(1, n - 1):
        if low_of[b] is not None:
            best = max(best, low_of[b] - previous)
            previous = high_of[b]
    return best
