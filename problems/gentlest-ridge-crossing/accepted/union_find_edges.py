# Kruskal style: join neighbouring cells in order of increasing step strain with a
# union-find; the strain that first connects the two corners is the answer.
def gentlest_crossing(heights):
    rows, cols = len(heights), len(heights[0])
    n = rows * cols
    if n == 1:
        return 0
    flat = [h for row in heights for h in row]
    edges = []
    for i in range(n):
        if i % cols + 1 < cols:
            edges.append((abs(flat[i] - flat[i + 1]), i, i + 1))
        if i + cols < n:
            edges.append((abs(flat[i] - flat[i + cols]), i, i + cols))
    edges.sort()
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for w, a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            if find(0) == find(n - 1):
                return w
    return 0
