# verdict: Wrong Answer
# Greedy per well: every well keeps its own cheapest pipe. The chosen pipes can leave the
# village in separate pieces, so the answer is too small.
def cheapest_network(n, pipes):
    if n <= 1:
        return 0
    best = {}
    for u, v, cost in pipes:
        if u == v:
            continue
        for well in (u, v):
            if well not in best or cost < best[well][2]:
                best[well] = (min(u, v), max(u, v), cost)
    if len(best) < n:
        return -1
    return sum(cost for _, _, cost in set(best.values()))
