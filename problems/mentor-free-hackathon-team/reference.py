def best_team_energy(root):
    if root is None:
        return 0
    # preorder with an explicit stack; walked backwards, children come before their parent
    order = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)

    with_node = {}  # id(node) -> best team of node's subtree that includes node
    without = {}  # id(node) -> best team of node's subtree that leaves node out
    for node in reversed(order):
        take = node.val
        skip = 0
        for child in (node.left, node.right):
            if child is not None:
                take += without[id(child)]
                skip += max(with_node[id(child)], without[id(child)])
        with_node[id(node)] = take
        without[id(node)] = skip
    return max(with_node[id(root)], without[id(root)])
