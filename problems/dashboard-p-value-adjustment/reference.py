def adjust_p_values(p_values: list[float], method: str) -> list[float]:
    m = len(p_values)
    if method == "bonferroni":
        return [min(1.0, m * p) for p in p_values]
    order = sorted(range(m), key=lambda k: p_values[k])
    adjusted = [0.0] * m
    if method == "holm":
        running = 0.0
        for rank, k in enumerate(order):
            running = max(running, (m - rank) * p_values[k])
            adjusted[k] = min(1.0, running)
        return adjusted
    running = float("inf")
    for rank in range(m - 1, -1, -1):
        k = order[rank]
        running = min(running, m * p_values[k] / (rank + 1))
        adjusted[k] = running
    return adjusted
