def richest_run(root):
    # every node after its parent (preorder with an explicit stack); walked backwards, each
    # node is reached after both of its children
    order = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)

    down = {}  # id(node) -> best sum of a downward route that starts at node
    best = root.val
    for node in reversed(order):
        left = max(down[id(node.left)], 0) if node.left is not None else 0
        right = max(down[id(node.right)], 0) if node.right is not None else 0
        down[id(node)] = node.val + max(left, right)
        best = max(best, node.val + left + right)
    return best
