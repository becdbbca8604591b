# verdict: Wrong Answer
# Greedy: invites the most energetic engineer still allowed, then blocks their mentor and
# mentees, until only negative energies are left.
def best_team_energy(root):
    if root is None:
        return 0
    parent = {id(root): None}
    nodes = [root]
    for node in nodes:
        for child in (node.left, node.right):
            if child is not None:
                parent[id(child)] = node
                nodes.append(child)
    blocked = set()
    total = 0
    for node in sorted(nodes, key=lambda x: -x.val):
        if node.val <= 0:
            break
        if id(node) in blocked:
            continue
        total += node.val
        for other in (parent[id(node)], node.left, node.right):
            if other is not None:
                blocked.add(id(other))
    return total
