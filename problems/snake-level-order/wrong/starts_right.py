# verdict: Wrong Answer
# Reverses the even levels instead of the odd ones (the root level is swept right to left).
def snake_levels(root):
    if root is None:
        return []
    out, level, depth = [], [root], 0
    while level:
        values = [node.val for node in level]
        out.append(values[::-1] if depth % 2 == 0 else values)
        level = [child for node in level for child in (node.left, node.right) if child]
        depth += 1
    return out
