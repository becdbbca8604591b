# verdict: Wrong Answer
# Hands the whole bent route (both branches) up to the parent, so a parent extends a route
# that already forks: that route would cross the child chamber twice.
def richest_run(root):
    best = root.val

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        through = node.val + left + right
        best = max(best, through)
        return through

    gain(root)
    return best
