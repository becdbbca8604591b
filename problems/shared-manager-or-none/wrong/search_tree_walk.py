# verdict: Wrong Answer
# Treats the chart as a binary search tree: steers by comparing badge numbers, and checks
# that both badges exist the same way.
def shared_manager(root, a, b):
    def exists(x):
        node = root
        while node is not None and node.val != x:
            node = node.left if x < node.val else node.right
        return node is not None

    if not (exists(a) and exists(b)):
        return None
    low, high, node = min(a, b), max(a, b), root
    while True:
        if high < node.val and node.left is not None:
            node = node.left
        elif low > node.val and node.right is not None:
            node = node.right
        else:
            return node.val
