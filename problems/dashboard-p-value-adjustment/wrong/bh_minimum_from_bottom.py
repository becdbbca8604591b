# verdict: Wrong Answer
# Benjamini-Hochberg with the running minimum taken from the smallest p-value upwards
# instead of from the largest downwards.
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
    best = 1.0
    for i, k in enumerate(order, start=1):
        best = min(best, p_values[k] * m / i)
        out[k] = best
    return out
