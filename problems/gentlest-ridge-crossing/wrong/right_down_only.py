# verdict: Wrong Answer
# Dynamic programming over moves to the right and down only: routes that go up or left
# are never considered.
def gentlest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    best = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                continue
            options = []
            if r > 0:
                options.append(max(best[r - 1][c], abs(heights[r][c] - heights[r - 1][c])))
            if c > 0:
                options.append(max(best[r][c - 1], abs(heights[r][c] - heights[r][c - 1])))
            best[r][c] = min(options)
    return best[rows - 1][cols - 1]
