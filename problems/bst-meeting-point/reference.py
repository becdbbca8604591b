def split_point(root, a, b):
    low, high = min(a, b), max(a, b)
    node = root
    while True:
        if high < node.val:
            node = node.left
        elif low > node.val:
            node = node.right
        else:
            return node.val
