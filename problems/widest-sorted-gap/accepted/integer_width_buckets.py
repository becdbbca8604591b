def widest_gap(values):
    n = len(values)
    if n < 2:
        return 0
    lo, hi = min(values), max(values)
    width = max(1, (hi - lo) // (n - 1))
    k = (hi - lo) // width + 1
    lows, highs = [None] * k, [None] * k
    for v in values:
        b = (v - lo) // width
        if lows[b] is None or v < lows[b]:
            lows[b] = v
        if highs[b] is None or v > highs[b]:
            highs[b] = v
    best, prev = 0, highs[0]
    for b in range(1, k):
        if lows[b] is not None:
            best = max(best, lows[b] - prev)
            prev = highs[b]
    return best
