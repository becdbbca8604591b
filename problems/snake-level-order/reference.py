def snake_levels(root):
    if root is None:
        return []
    out = []
    level = [root]
    depth = 0
    while level:
        values = [node.val for node in level]
        if depth % 2 == 1:
            values.reverse()
        out.append(values)
        following = []
        for node in level:
            if node.left is not None:
                following.append(node.left)
            if node.right is not None:
                following.append(node.right)
        level = following
        depth += 1
    return out
