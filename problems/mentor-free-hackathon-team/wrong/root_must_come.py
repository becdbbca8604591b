# verdict: Wrong Answer
# Right table, but returns the best team that includes the root.
def best_team_energy(root):
    def pair(node):
        if node is None:
            return 0, 0
        lw, lo = pair(node.left)
        rw, ro = pair(node.right)
        return node.val + lo + ro, max(lw, lo) + max(rw, ro)

    if root is None:
        return 0
    return max(pair(root)[0], 0)
