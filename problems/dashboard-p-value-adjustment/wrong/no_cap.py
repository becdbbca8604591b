# verdict: Wrong Answer
# Forgets to cap the adjusted values at 1 (Bonferroni and Holm can exceed it).
def adjust_p_values(p_values, method):
    m = len(p_values)
    if method == "bonferroni":
        return [m * p for p in p_values]
    order = sorted(range(m), key=lambda k: p_values[k])
    out = [0.0] * m
    if method == "holm":
        best = 0.0
        for i, k in enumerate(order, start=1):
            best = max(best, (m - i + 1) * p_values[k])
            out[k] = best
        return out
    best = float("inf")
    for i in range(m, 0, -1):
        k = order[i - 1]
        best = min(best, p_values[k] * m / i)
        out[k] = best
    return out
