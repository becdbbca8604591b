# Breadth-first to the deepest level, then climb from all of its people at once until they
# meet: each level is visited at most once on the way up.
def nearest_forebear(root):
    parent = {id(root): None}
    level = [root]
    while True:
        below = []
        for node in level:
            for c in (node.left, node.right):
                if c is not None:
                    parent[id(c)] = node
                    below.append(c)
        if not below:
            break
        level = below
    current = {id(n): n for n in level}
    while len(current) > 1:
        ups = {}
        for n in current.values():
            p = parent[id(n)]
            ups[id(p)] = p
        current = ups
    return next(iter(current.values())).val
