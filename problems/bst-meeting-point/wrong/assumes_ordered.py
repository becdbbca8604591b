# verdict: Wrong Answer
# Assumes a <= b: when a > b it can walk down the wrong side and stop at a node that is
# not an ancestor of both.
def split_point(root, a, b):
    node = root
    while True:
        if b < node.val and node.left is not None:
            node = node.left
        elif a > node.val and node.right is not None:
            node = node.right
        else:
            return node.val
