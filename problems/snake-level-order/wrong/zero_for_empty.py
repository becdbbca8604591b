# verdict: Wrong Answer
# Returns [[]] for an empty tree instead of [].
def snake_levels(root):
    out, level, depth = [], [root] if root else [], 0
    if root is None:
        return [[]]
    while level:
        values = [node.val for node in level]
        out.append(values[::-1] if depth % 2 else values)
        level = [child for node in level for child in (node.left, node.right) if child]
        depth += 1
    return out
