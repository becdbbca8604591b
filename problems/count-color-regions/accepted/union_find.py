def count_regions(grid):
    if not grid:
        return 0
    R, C = len(grid), len(grid[0])
    parent = list(range(R * C))
    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a
    n = R * C
    for r in range(R):
        row = grid[r]
        for c in range(C):
            i = r * C + c
            if c + 1 < C and row[c + 1] == row[c]:
                a, b = find(i), find(i + 1)
                if a != b: parent[a] = b; n -= 1
            if r + 1 < R and grid[r + 1][c] == row[c]:
                a, b = find(i), find(i + C)
                if a != b: parent[a] = b; n -= 1
    return n
