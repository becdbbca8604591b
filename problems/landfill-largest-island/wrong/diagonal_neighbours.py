# verdict: Wrong Answer
# Treats the eight surrounding cells as neighbours, so islands touching at a corner merge.
def best_landfill(chart):
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    around = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
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
                    for dr, dc in around:
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#" \
                                and label[nr][nc] == -1:
                            label[nr][nc] = len(sizes)
                            stack.append((nr, nc))
                sizes.append(size)
    best = [rows * cols, -1, -1]
    found = False
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] == ".":
                touching = {label[r + dr][c + dc] for dr, dc in around
                            if 0 <= r + dr < rows and 0 <= c + dc < cols
                            and label[r + dr][c + dc] != -1}
                area = 1 + sum(sizes[i] for i in touching)
                if not found or area > best[0]:
                    best, found = [area, r, c], True
    return best
