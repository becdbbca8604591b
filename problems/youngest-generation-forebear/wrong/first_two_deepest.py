# verdict: Wrong Answer
# Finds the deepest level, but answers the common ancestor of only its first two people
# (in left-to-right order), ignoring any others.
def nearest_forebear(root):
    parent = {id(root): None}
    level = [root]
    while True:
        below = [c for node in level for c in (node.left, node.right) if c is not None]
        if not below:
            break
        for node in level:
            for c in (node.left, node.right):
                if c is not None:
                    parent[id(c)] = node
        level = below
    if len(level) == 1:
        return level[0].val
    a, b = level[0], level[1]
    while a is not b:
        a, b = parent[id(a)], parent[id(b)]
    return a.val
