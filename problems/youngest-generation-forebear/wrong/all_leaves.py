# verdict: Wrong Answer
# Answers the common ancestor of every leaf, not only of the deepest ones.
def nearest_forebear(root):
    def walk(node):
        # (node where all leaves below meet, number of leaves below)
        if node.left is None and node.right is None:
            return node, 1
        parts = [walk(c) for c in (node.left, node.right) if c is not None]
        if len(parts) == 2:
            return node, parts[0][1] + parts[1][1]
        return parts[0]

    return walk(root)[0].val
