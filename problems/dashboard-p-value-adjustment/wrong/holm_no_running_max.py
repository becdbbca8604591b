# verdict: Wrong Answer
# Holm without the step-down running maximum: each value is only (m - i + 1) * p(i), so a
# larger p-value can end up with a smaller adjusted value than a smaller one.
def adjust_p_values(p_values, method):
    m = len(p_values)
    if method == "bonferroni":
        return [min(1.0, m * p) for p in p_values]
    order = sorted(range(m), key=lambda k: p_values[k])
    out = [0.0] * m
    if method == "holm":
        for i, k in enumerate(order, start=1):
            out[k] = min(1.0, (m - i + 1) * p_values[k])
        return out
    best = 1.0
    for i in range(m, 0, -1):
        k = order[i - 1]
        best = min(best, p_values[k] * m / i)
        out[k] = best
    return out
