def richest_run(root):
    # explicit post-order: a node is finished once both children are
    NEG = float("-inf")
    best = NEG
    gains = []  # gains of finished subtrees, children pushed before their parent finishes
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            right = max(gains.pop(), 0) if node.right is not None else 0
            left = max(gains.pop(), 0) if node.left is not None else 0
            if node.val + left + right > best:
                best = node.val + left + right
            gains.append(node.val + max(left, right))
            continue
        stack.append((node, True))
        if node.right is not None:
            stack.append((node.right, False))
        if node.left is not None:
            stack.append((node.left, False))
    return best
