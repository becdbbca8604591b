# verdict: Wrong Answer
# Steers towards the side with more people instead of the side that goes deeper.
def nearest_forebear(root):
    size = {}
    stack, order = [root], []
    while stack:
        node = stack.pop()
        order.append(node)
        stack += [c for c in (node.left, node.right) if c is not None]
    for node in reversed(order):
        size[id(node)] = 1 + size.get(id(node.left), 0) + size.get(id(node.right), 0)
    node = root
    while node.left or node.right:
        left, right = size.get(id(node.left), 0), size.get(id(node.right), 0)
        if left == right:
            break
        node = node.left if left > right else node.right
    return node.val
