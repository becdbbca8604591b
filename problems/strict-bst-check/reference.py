def is_search_tree(root):
    # in-order walk with an explicit stack: the values must come out strictly increasing
    previous = None
    stack, node = [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val <= previous:
            return False
        previous = node.val
        node = node.right
    return True
