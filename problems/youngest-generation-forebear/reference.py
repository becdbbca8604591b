def nearest_forebear(root):
    # preorder with an explicit stack; walked backwards, children come before their parent
    order = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)

    # for each subtree: its height (levels below and including the node) and the node where
    # all of its deepest nodes meet
    height = {id(None): 0}
    meet = {}
    for node in reversed(order):
        left, right = height[id(node.left)], height[id(node.right)]
        height[id(node)] = 1 + max(left, right)
        if left == right:
            meet[id(node)] = node
        elif left > right:
            meet[id(node)] = meet[id(node.left)]
        else:
            meet[id(node)] = meet[id(node.right)]
    return meet[id(root)].val
