# Recursion as deep as the tree (up to 50000 levels): the judge's recursion limit allows it.
def best_team_energy(root):
    def pair(node):
        # (best team of the subtree with node, best team without node)
        if node is None:
            return 0, 0
        left_with, left_without = pair(node.left)
        right_with, right_without = pair(node.right)
        return (node.val + left_without + right_without,
                max(left_with, left_without) + max(right_with, right_without))

    return max(pair(root))
