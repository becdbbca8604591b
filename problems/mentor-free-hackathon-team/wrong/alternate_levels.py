# verdict: Wrong Answer
# Takes whole levels: the better of the even levels and the odd levels (counting only the
# positive energies), as if a good team had to alternate level by level.
def best_team_energy(root):
    sums = [0, 0]
    level, depth = [root] if root else [], 0
    while level:
        sums[depth % 2] += sum(max(node.val, 0) for node in level)
        level = [c for node in level for c in (node.left, node.right) if c is not None]
        depth += 1
    return max(sums)
