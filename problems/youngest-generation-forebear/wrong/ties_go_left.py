# verdict: Wrong Answer
# Follows the deeper side, but on a tie it keeps going left instead of stopping: it ends at
# a deepest leaf.
def nearest_forebear(root):
    heights = {}
    stack, order = [root], []
    while stack:
        node = stack.pop()
        order.append(node)
        stack += [c for c in (node.left, node.right) if c is not None]
    for node in reversed(order):
        heights[id(node)] = 1 + max(heights.get(id(node.left), 0),
                                    heights.get(id(node.right), 0))
    node = root
    while node.left or node.right:
        left = heights.get(id(node.left), 0)
        right = heights.get(id(node.right), 0)
        node = node.left if left >= right else node.right
    return node.val
