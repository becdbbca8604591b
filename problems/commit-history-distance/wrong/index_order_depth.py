# verdict: Wrong Answer
# Fills the depths in commit-number order, as if every parent had a smaller number than its
# child; the statement says numbers say nothing about age.
def commit_distances(parent: list[int], queries: list[list[int]]) -> list[int]:
    n = len(parent)
    depth = [0] * n
    for c in range(n):
        if parent[c] >= 0:
            depth[c] = depth[parent[c]] + 1
    up = [[p if p >= 0 else c for c, p in enumerate(parent)]]
    for _ in range(max(1, (n - 1).bit_length())):
        prev = up[-1]
        up.append([prev[prev[c]] for c in range(n)])
    out = []
    for a, b in queries:
        x, y = (a, b) if depth[a] >= depth[b] else (b, a)
        rise, k = depth[x] - depth[y], 0
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
