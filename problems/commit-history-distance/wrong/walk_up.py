# verdict: Time Limit Exceeded
# Computes the depths once, then for every query climbs parent by parent: O(depth) per query.
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
    out = []
    for a, b in queries:
        x, y = a, b
        while depth[x] > depth[y]:
            x = parent[x]
        while depth[y] > depth[x]:
            y = parent[y]
        while x != y:
            x, y = parent[x], parent[y]
        out.append(depth[a] + depth[b] - 2 * depth[x])
    return out
