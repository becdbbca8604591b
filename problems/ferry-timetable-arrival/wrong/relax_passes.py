# verdict: Time Limit Exceeded
# Correct, but relaxes every line in passes until nothing improves (Bellman-Ford style):
# O(n * len(lines)) when a long route is listed back to front.
def earliest_arrivals(n, lines, start, t0):
    best = [-1] * n
    best[start] = t0
    changed = True
    while changed:
        changed = False
        for u, v, first, every, crossing in lines:
            now = best[u]
            if now == -1:
                continue
            leave = first if now <= first else first + -(-(now - first) // every) * every
            if best[v] == -1 or leave + crossing < best[v]:
                best[v] = leave + crossing
                changed = True
    return best
