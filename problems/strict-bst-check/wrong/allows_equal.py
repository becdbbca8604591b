# verdict: Wrong Answer
# Accepts equal values (checks non-decreasing instead of strictly increasing).
def is_search_tree(root):
    previous = None
    stack, node = [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val < previous:
            return False
        previous = node.val
        node = node.right
    return True
