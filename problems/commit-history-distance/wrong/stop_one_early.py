# verdict: Wrong Answer
# After climbing both commits to just below their meeting point, forgets the last step up:
# the two (different) children of the common ancestor are taken as the meeting point.
def commit_distances(parent: list[int], queries: list[list[int]]) -> list[int]:
    n = len(parent)
    children = [[] for _ in range(n)]
    root = parent.index(-1)
    for c, p in enumerate(parent):
        if p >= 0:
            children[p].append(c)
    depth = [0] * n
    order = [root]
    for c in order:
        for child in children[c]:
            depth[child] = depth[c] + 1
            order.append(child)
    up = [[p if p >= 0 else c for c, p in enumerate(parent)]]
    for _ in range(max(1, (n - 1).bit_length())):
        prev = up[-1]
        up.append([prev[prev[c]] for c in range(n)])
    out = []
    for a, b in queries:
        x, y = (a, b) if depth[a] >= depth[b] else (b, a)
        rise = depth[x] - depth[y]
        for k in range(len(up)):
            if rise >> k & 1:
                x = up[k][x]
        for table in reversed(up):
            if table[x] != table[y]:
                x, y = table[x], table[y]
        out.append(depth[a] + depth[b] - 2 * depth[x])
    return out
