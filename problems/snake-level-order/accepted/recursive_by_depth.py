# Recursion as deep as the tree (5000 levels): the statement says the grader's limit allows it.
def snake_levels(root):
    out = []
    def go(n, d):
        if n is None:
            return
        if d == len(out):
            out.append([])
        out[d].append(n.val)
        go(n.left, d + 1)
        go(n.right, d + 1)
    go(root, 0)
    for i in range(1, len(out), 2):
        out[i].reverse()
    return out
