# verdict: Time Limit Exceeded
# Tries every right/down route by plain recursion: exponential in R + C.
def cheapest_route(grid: list[list[int]]) -> int:
    if not grid or not grid[0]:
        return -1
    rows, cols = len(grid), len(grid[0])
    inf = float("inf")

    def walk(r: int, c: int) -> float:
        if r >= rows or c >= cols or grid[r][c] < 0:
            return inf
        if r == rows - 1 and c == cols - 1:
            return grid[r][c]
        return grid[r][c] + min(walk(r + 1, c), walk(r, c + 1))

    best = walk(0, 0)
    return -1 if best == inf else int(best)
