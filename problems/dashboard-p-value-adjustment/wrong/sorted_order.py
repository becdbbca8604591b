# verdict: Wrong Answer
# Computes the right adjusted values but returns them in ascending order of p instead of
# writing each back at its p-value's input position.
def adjust_p_values(p_values, method):
    m = len(p_values)
    ps = sorted(p_values)
    if method == "bonferroni":
        return [min(1.0, m * p) for p in p_values]
    out = [0.0] * m
    if method == "holm":
        best = 0.0
        for i, p in enumerate(ps, start=1):
            best = max(best, (m - i + 1) * p)
            out[i - 1] = min(1.0, best)
        return out
    best = 1.0
    for i in range(m, 0, -1):
        best = min(best, ps[i - 1] * m / i)
        out[i - 1] = best
    return out
