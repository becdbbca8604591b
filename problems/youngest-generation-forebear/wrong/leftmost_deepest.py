# verdict: Wrong Answer
# Returns the leftmost person of the deepest level, as if there were only one.
def nearest_forebear(root):
    level = [root]
    while True:
        below = [c for node in level for c in (node.left, node.right) if c is not None]
        if not below:
            return level[0].val
        level = below
