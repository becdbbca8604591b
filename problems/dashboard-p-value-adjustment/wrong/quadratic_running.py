# verdict: Time Limit Exceeded
# Recomputes every running maximum / minimum from scratch: O(m^2), too slow for 1e5 p-values.
def adjust_p_values(p_values, method):
    m = len(p_values)
    if method == "bonferroni":
        return [min(1.0, m * p) for p in p_values]
    ps = sorted(p_values)
    order = sorted(range(m), key=lambda k: p_values[k])
    out = [0.0] * m
    for i in range(1, m + 1):
        if method == "holm":
            value = max((m - j + 1) * ps[j - 1] for j in range(1, i + 1))
        else:
            value = min(ps[j - 1] * m / j for j in range(i, m + 1))
        out[order[i - 1]] = min(1.0, value)
    return out
