# verdict: Wrong Answer
# Benjamini-Hochberg without the step-up running minimum: each value is only p(i) * m / i.
def adjust_p_values(p_values, method):
    m = len(p_values)
    if method == "bonferroni":
        return [min(1.0, m * p) for p in p_values]
    order = sorted(range(m), key=lambda k: p_values[k])
    out = [0.0] * m
    if method == "holm":
        best = 0.0
        for i, k in enumerate(order, start=1):
            best = max(best, (m - i + 1) * p_values[k])
            out[k] = min(1.0, best)
        return out
    for i, k in enumerate(order, start=1):
        out[k] = min(1.0, p_values[k] * m / i)
    return out
