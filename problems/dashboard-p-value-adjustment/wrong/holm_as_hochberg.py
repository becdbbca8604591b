# verdict: Wrong Answer
# Uses Hochberg's step-up running minimum (from the largest p-value down) with Holm's
# multipliers: that is a different, less conservative procedure than the Holm asked for.
def adjust_p_values(p_values, method):
    m = len(p_values)
    if method == "bonferroni":
        return [min(1.0, m * p) for p in p_values]
    order = sorted(range(m), key=lambda k: p_values[k])
    out = [0.0] * m
    best = 1.0
    for i in range(m, 0, -1):
        k = order[i - 1]
        factor = (m - i + 1) if method == "holm" else m / i
        best = min(best, p_values[k] * factor)
        out[k] = best
    return out
