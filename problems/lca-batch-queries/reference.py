def common_ancestors(root, queries):
    # number the nodes in breadth-first order: a parent always comes before its children
    index = {root.val: 0}
    values = [root.val]
    parent = [0]
    depth = [0]
    head = 0
    nodes = [root]
    while head < len(nodes):
        node = nodes[head]
        for child in (node.left, node.right):
            if child is not None:
                index[child.val] = len(values)
                values.append(child.val)
                parent.append(head)
                depth.append(depth[head] + 1)
                nodes.append(child)
        head += 1

    # up[k][v] is the ancestor 2**k levels above v (the root is its own parent)
    up = [parent]
    while (1 << len(up)) <= max(depth):
        last = up[-1]
        up.append([last[u] for u in last])
    levels = len(up)

    answers = []
    for a, b in queries:
        u, v = index[a], index[b]
        if depth[u] < depth[v]:
            u, v = v, u
        gap = depth[u] - depth[v]
        k = 0
        while gap:
            if gap & 1:
                u = up[k][u]
            gap >>= 1
            k += 1
        if u != v:
            for k in range(levels - 1, -1, -1):
                table = up[k]
                if table[u] != table[v]:
                    u, v = table[u], table[v]
            u = parent[u]
        answers.append(values[u])
    return answers
