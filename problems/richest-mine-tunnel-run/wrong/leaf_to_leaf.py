# verdict: Wrong Answer
# Makes every run end at leaves (and bend only at chambers with two children), so it cannot
# stop early when the rest of a branch is a loss.
def richest_run(root):
    best = None

    def down(node):
        nonlocal best
        if node.left is None and node.right is None:
            best = node.val if best is None else max(best, node.val)
            return node.val
        sides = [down(c) for c in (node.left, node.right) if c is not None]
        if len(sides) == 2:
            total = node.val + sides[0] + sides[1]
            best = total if best is None else max(best, total)
        return node.val + max(sides)

    down(root)
    return best
