# verdict: Wrong Answer
# Correct DP, but reports 0 instead of -1 when the end cannot be reached.
def cheapest_route(grid: list[list[int]]) -> int:
    if not grid or not grid[0]:
        return 0
    cols = len(grid[0])
    inf = float("inf")
    best = [inf] * cols
    for r, row in enumerate(grid):
        left = inf
        for c in range(cols):
            if row[c] < 0:
                left = inf
            elif r == 0 and c == 0:
                left = row[c]
            else:
                left = min(best[c], left) + row[c]
            best[c] = left
    return 0 if best[-1] == inf else int(best[-1])
