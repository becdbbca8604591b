def adjust_p_values(p_values, method):
    m = len(p_values)
    pairs = sorted((p, k) for k, p in enumerate(p_values))
    out = [0.0] * m
    if method == "bonferroni":
        for p, k in pairs:
            out[k] = min(1.0, p * m)
    elif method == "holm":
        previous = 0.0
        for rank, (p, k) in enumerate(pairs):
            previous = max(previous, min(1.0, p * (m - rank)))
            out[k] = previous
    else:
        previous = 1.0
        for rank in reversed(range(m)):
            p, k = pairs[rank]
            previous = min(previous, p * (m / (rank + 1)))
            out[k] = previous
    return out
