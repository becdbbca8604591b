# verdict: Wrong Answer
# Records which badges the textbook recursion meets, but that recursion stops at the first
# badge on a path: when a manages b, b is never reached and counted as missing.
def shared_manager(root, a, b):
    found = set()

    def lca(node):
        if node is None:
            return None
        if node.val == a or node.val == b:
            found.add(node.val)
            return node
        left, right = lca(node.left), lca(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    answer = lca(root)
    return answer.val if a in found and b in found else None
