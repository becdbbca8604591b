# verdict: Wrong Answer
# Only looks at water cells, so a chart without water gets [0, -1, -1] instead of its area.
from collections import deque


def best_landfill(chart):
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    label = [[-1] * cols for _ in range(rows)]
    sizes = []
    for r0 in range(rows):
        for c0 in range(cols):
            if chart[r0][c0] == "#" and label[r0][c0] == -1:
                label[r0][c0] = len(sizes)
                queue, size = deque([(r0, c0)]), 0
                while queue:
                    r, c = queue.popleft()
                    size += 1
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#" \
                                and label[nr][nc] == -1:
                            label[nr][nc] = len(sizes)
                            queue.append((nr, nc))
                sizes.append(size)
    best = [0, -1, -1]
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] == ".":
                touching = {label[nr][nc] for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                            if 0 <= nr < rows and 0 <= nc < cols and label[nr][nc] != -1}
                area = 1 + sum(sizes[i] for i in touching)
                if area > best[0]:
                    best = [area, r, c]
    return best
