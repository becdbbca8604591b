# verdict: Wrong Answer
# Plain level order: forgets to reverse the odd levels.
def snake_levels(root):
    if root is None:
        return []
    out, level = [], [root]
    while level:
        out.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return out
