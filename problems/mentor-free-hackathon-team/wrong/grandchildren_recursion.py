# verdict: Time Limit Exceeded
# The right recurrence, but nothing is stored: each subtree is solved again every time it is
# reached, through its parent and through its grandparent. Exponential on long lines.
def best_team_energy(root):
    def best(node):
        if node is None:
            return 0
        take = node.val
        for child in (node.left, node.right):
            if child is not None:
                take += best(child.left) + best(child.right)
        return max(take, best(node.left) + best(node.right))

    return best(root)
