def commit_distances(parent: list[int], queries: list[list[int]]) -> list[int]:
    n = len(parent)
    children = [[] for _ in range(n)]
    root = 0
    for c, p in enumerate(parent):
        if p < 0:
            root = c
        else:
            children[p].append(c)
    depth = [0] * n
    order = [root]
    for c in order:  # breadth-first: every parent before its children
        for child in children[c]:
            depth[child] = depth[c] + 1
            order.append(child)
    first = [p if p >= 0 else c for c, p in enumerate(parent)]
    up = [first]
    for _ in range(max(1, (n - 1).bit_length())):
        prev = up[-1]
        up.append([prev[prev[c]] for c in range(n)])
    out = []
    for a, b in queries:
        x, y = (a, b) if depth[a] >= depth[b] else (b, a)
        rise = depth[x] - depth[y]
        k = 0
        while rise:
            if rise & 1:
                x = up[k][x]
            rise >>= 1
            k += 1
        if x != y:
            for table in reversed(up):
                if table[x] != table[y]:
                    x, y = table[x], table[y]
            x = up[0][x]
        out.append(depth[a] + depth[b] - 2 * depth[x])
    return out
