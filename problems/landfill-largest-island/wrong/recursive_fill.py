# verdict: Runtime Error
# A textbook recursive flood fill: right on small charts, but the winding island is over
# 10**5 cells long and the recursion runs out of stack (RecursionError).
def best_landfill(chart):
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    label = [[-1] * cols for _ in range(rows)]
    sizes = []

    def fill(r, c, island):
        if not (0 <= r < rows and 0 <= c < cols) or chart[r][c] != "#" or label[r][c] != -1:
            return 0
        label[r][c] = island
        return 1 + fill(r - 1, c, island) + fill(r + 1, c, island) \
            + fill(r, c - 1, island) + fill(r, c + 1, island)

    for r in range(rows):
        for c in range(cols):
            if chart[r][c] == "#" and label[r][c] == -1:
                sizes.append(fill(r, c, len(sizes)))
    best = [rows * cols, -1, -1]
    found = False
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] == ".":
                touching = {label[nr][nc] for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                            if 0 <= nr < rows and 0 <= nc < cols and label[nr][nc] != -1}
                area = 1 + sum(sizes[i] for i in touching)
                if not found or area > best[0]:
                    best, found = [area, r, c], True
    return best
