# verdict: Time Limit Exceeded
# Binary lifting for the final climb, but brings the deeper node up to the other's depth one
# parent at a time: O(height) per query when one node is deep and the other near the root.
def common_ancestors(root, queries):
    index = {root.val: 0}; vals = [root.val]; parent = [0]; depth = [0]
    nodes = [root]; h = 0
    while h < len(nodes):
        nd = nodes[h]
        for ch in (nd.left, nd.right):
            if ch:
                index[ch.val] = len(vals); vals.append(ch.val); parent.append(h)
                depth.append(depth[h] + 1); nodes.append(ch)
        h += 1
    up = [parent]
    while (1 << len(up)) <= max(depth):
        up.append([up[-1][u] for u in up[-1]])
    out = []
    for a, b in queries:
        u, v = index[a], index[b]
        while depth[u] > depth[v]:
            u = parent[u]
        while depth[v] > depth[u]:
            v = parent[v]
        if u != v:
            for k in range(len(up) - 1, -1, -1):
                if up[k][u] != up[k][v]:
                    u, v = up[k][u], up[k][v]
            u = parent[u]
        out.append(vals[u])
    return out
