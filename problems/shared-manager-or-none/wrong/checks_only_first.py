# verdict: Wrong Answer
# Guards the textbook recursion by checking that badge a exists, but forgets to check b.
def shared_manager(root, a, b):
    seen = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        seen.add(node.val)
        stack += [c for c in (node.left, node.right) if c is not None]
    if a not in seen:
        return None

    def lca(node):
        if node is None or node.val == a or node.val == b:
            return node
        left, right = lca(node.left), lca(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return lca(root).val
