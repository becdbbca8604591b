def column_order(root):
    if root is None:
        return []
    entries = []  # (column, row, value)
    level, row = [(root, 0)], 0
    while level:
        following = []
        for node, column in level:
            entries.append((column, row, node.val))
            if node.left is not None:
                following.append((node.left, column - 1))
            if node.right is not None:
                following.append((node.right, column + 1))
        level = following
        row += 1
    entries.sort()
    out, last = [], None
    for column, _, value in entries:
        if column != last:
            out.append([])
            last = column
        out[-1].append(value)
    return out
