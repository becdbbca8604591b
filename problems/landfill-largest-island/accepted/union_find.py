def best_landfill(chart):
    # Union-find over the land cells (path halving, union by size).
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    parent = list(range(rows * cols))
    size = [1] * (rows * cols)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        a, b = find(a), find(b)
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]

    for r in range(rows):
        line = chart[r]
        for c in range(cols):
            if line[c] == "#":
                if c + 1 < cols and line[c + 1] == "#":
                    union(r * cols + c, r * cols + c + 1)
                if r + 1 < rows and chart[r + 1][c] == "#":
                    union(r * cols + c, (r + 1) * cols + c)
    best = None
    for r in range(rows):
        for c in range(cols):
            if chart[r][c] != ".":
                continue
            roots = set()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#":
                    roots.add(find(nr * cols + nc))
            area = 1 + sum(size[root] for root in roots)
            if best is None or area > best[0]:
                best = [area, r, c]
    return best or [rows * cols, -1, -1]
