# verdict: Wrong Answer
# `if not toll` treats a 0 toll as blocked
def cheapest_route(grid):
    if not grid or not grid[0]:
        return -1
    C = len(grid[0])
    INF = float("inf")
    best = [INF] * C
    for r, row in enumerate(grid):
        left = INF
        for c in range(C):
            t = row[c]
            if t == -1 or not t and (r, c) != (0, 0):
                left = INF
            elif r == 0 and c == 0:
                left = t
            else:
                left = min(best[c], left) + t
            best[c] = left
    return -1 if best[-1] == INF else best[-1]
