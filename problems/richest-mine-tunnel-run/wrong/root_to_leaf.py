# verdict: Wrong Answer
# Only considers runs that start at the root and end at a leaf.
def richest_run(root):
    best = None
    stack = [(root, root.val)]
    while stack:
        node, total = stack.pop()
        if node.left is None and node.right is None:
            best = total if best is None else max(best, total)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, total + child.val))
    return best
