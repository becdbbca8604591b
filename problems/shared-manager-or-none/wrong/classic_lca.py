# verdict: Wrong Answer
# The textbook recursion that assumes both badges exist: it returns whichever badge it meets
# first, so a lone present badge comes back as the answer.
def shared_manager(root, a, b):
    def lca(node):
        if node is None or node.val == a or node.val == b:
            return node
        left, right = lca(node.left), lca(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    found = lca(root)
    return None if found is None else found.val
