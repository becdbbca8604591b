# verdict: Wrong Answer
# Buckets the values, but measures the gaps inside each bucket (max - min) instead of the
# gaps between neighbouring buckets.
def widest_gap(values):
    n = len(values)
    if n < 2:
        return 0
    lo, hi = min(values), max(values)
    if lo == hi:
        return 0
    lows, highs = {}, {}
    for v in values:
        b = (v - lo) * (n - 1) // (hi - lo)
        lows[b] = min(lows.get(b, v), v)
        highs[b] = max(highs.get(b, v), v)
    return max(highs[b] - lows[b] for b in lows)
