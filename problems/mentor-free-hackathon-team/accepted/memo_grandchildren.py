# The grandchildren recurrence, each subtree solved once (memo keyed by node identity).
def best_team_energy(root):
    memo = {}

    def best(node):
        if node is None:
            return 0
        key = id(node)
        if key in memo:
            return memo[key]
        take = node.val
        for child in (node.left, node.right):
            if child is not None:
                take += best(child.left) + best(child.right)
        value = max(take, best(node.left) + best(node.right))
        memo[key] = value
        return value

    return best(root)
