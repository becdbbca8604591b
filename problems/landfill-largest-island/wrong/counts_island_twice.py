# verdict: Wrong Answer
# Adds the area of the island of every land neighbour, without checking whether two
# neighbours belong to the same island.
def best_landfill(chart):
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    label = [[-1] * cols for _ in range(rows)]
    sizes = []
    for r0 in range(rows):
        for c0 in range(cols):
            if chart[r0][c0] == "#" and label[r0][c0] == -1:
                label[r0][c0] = len(sizes)
                stack, size = [(r0, c0)], 0
                while stack:
                    r, c = stack.pop()
                    size += 1
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#" \
                                and label[nr][nc] == -1:
                            label[nr][nc] = len(sizes)
                            stack.append((nr, nc))
                sizes.append(size)
    best = None
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] == ".":
                area = 1
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and label[nr][nc] != -1:
                        area += sizes[label[nr][nc]]
                if best is None or area > best[0]:
                    best = [area, r, c]
    return best if best is not None else [rows * cols, -1, -1]
