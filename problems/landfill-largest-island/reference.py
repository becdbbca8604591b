def best_landfill(chart: list[str]) -> list[int]:
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    label = [[-1] * cols for _ in range(rows)]
    sizes = []
    for r0 in range(rows):
        for c0 in range(cols):
            if chart[r0][c0] != "#" or label[r0][c0] != -1:
                continue
            island = len(sizes)
            label[r0][c0] = island
            stack = [(r0, c0)]  # an explicit stack: an island can be 10**5 cells long
            size = 0
            while stack:
                r, c = stack.pop()
                size += 1
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#" \
                            and label[nr][nc] == -1:
                        label[nr][nc] = island
                        stack.append((nr, nc))
            sizes.append(size)

    best = [rows * cols, -1, -1]  # no water: the whole chart is already one island
    found = False
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] != ".":
                continue
            touching = set()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and label[nr][nc] != -1:
                    touching.add(label[nr][nc])
            area = 1 + sum(sizes[island] for island in touching)
            if not found or area > best[0]:
                best = [area, r, c]
                found = True
    return best
