def common_ancestors(root, queries):
    first = {}; euler = []; dep = []
    stack = [(root, 0, False)]
    while stack:
        nd, d, back = stack.pop()
        if back:
            euler.append(nd.val); dep.append(d); continue
        first[nd.val] = len(euler); euler.append(nd.val); dep.append(d)
        for ch in (nd.right, nd.left):
            if ch:
                stack.append((nd, d, True))
                stack.append((ch, d + 1, False))
    m = len(euler)
    sp = [list(range(m))]
    j = 1
    while (1 << j) <= m:
        prev = sp[-1]; half = 1 << (j - 1)
        sp.append([prev[i] if dep[prev[i]] <= dep[prev[i + half]] else prev[i + half]
                   for i in range(m - (1 << j) + 1)])
        j += 1
    out = []
    for a, b in queries:
        l, r = first[a], first[b]
        if l > r: l, r = r, l
        k = (r - l + 1).bit_length() - 1
        x, y = sp[k][l], sp[k][r - (1 << k) + 1]
        out.append(euler[x] if dep[x] <= dep[y] else euler[y])
    return out
