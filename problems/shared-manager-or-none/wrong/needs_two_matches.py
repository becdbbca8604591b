# verdict: Wrong Answer
# Counts the nodes holding a or b and wants two of them: when a == b the one node counts
# once, so a present badge asked twice is reported missing.
def shared_manager(root, a, b):
    matches = 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.val in (a, b):
            matches += 1
        stack += [c for c in (node.left, node.right) if c is not None]
    if matches < 2:
        return None

    def lca(node):
        if node is None or node.val == a or node.val == b:
            return node
        left, right = lca(node.left), lca(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return lca(root).val
