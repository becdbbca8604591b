from collections import deque


def best_landfill(chart):
    # Label the islands breadth-first with a queue, then try every water cell.
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    label = [[0] * cols for _ in range(rows)]  # 0 = no island yet; islands are 1, 2, ...
    sizes = [0]
    for r0 in range(rows):
        for c0 in range(cols):
            if chart[r0][c0] == "#" and not label[r0][c0]:
                island = len(sizes)
                label[r0][c0] = island
                queue = deque([(r0, c0)])
                size = 0
                while queue:
                    r, c = queue.popleft()
                    size += 1
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#" \
                                and not label[nr][nc]:
                            label[nr][nc] = island
                            queue.append((nr, nc))
                sizes.append(size)
    best_area, best_cell = -1, (-1, -1)
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] == ".":
                touching = set()
                if r > 0:
                    touching.add(label[r - 1][c])
                if r + 1 < rows:
                    touching.add(label[r + 1][c])
                if c > 0:
                    touching.add(label[r][c - 1])
                if c + 1 < cols:
                    touching.add(label[r][c + 1])
                area = 1 + sum(sizes[i] for i in touching)  # sizes[0] is 0 for water
                if area > best_area:
                    best_area, best_cell = area, (r, c)
    if best_area < 0:
        return [rows * cols, -1, -1]
    return [best_area, best_cell[0], best_cell[1]]
