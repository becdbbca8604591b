# verdict: Runtime Error
# Right, but reads root.val before checking for an empty tree.
def best_team_energy(root):
    order, stack = [], [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack += [c for c in (node.left, node.right) if c is not None]
    best = {}
    for node in reversed(order):
        take, skip = node.val, 0
        for c in (node.left, node.right):
            if c is not None:
                take += best[id(c)][1]
                skip += max(best[id(c)])
        best[id(node)] = (take, skip)
    return max(best[id(root)])
