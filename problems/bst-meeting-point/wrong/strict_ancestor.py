# verdict: Wrong Answer
# Does not count a node as its own ancestor: when one value lies on the path to the other,
# it answers that node's parent.
def split_point(root, a, b):
    low, high = min(a, b), max(a, b)
    node, parent = root, root
    while True:
        if high < node.val:
            parent, node = node, node.left
        elif low > node.val:
            parent, node = node, node.right
        elif node.val in (low, high):
            return parent.val
        else:
            return node.val
