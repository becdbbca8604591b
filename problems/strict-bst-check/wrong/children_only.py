# verdict: Wrong Answer
# Compares each node only with its own children, missing a grandchild on the wrong side of
# an ancestor.
def is_search_tree(root):
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        if node.left is not None:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right is not None:
            if node.right.val <= node.val:
                return False
            stack.append(node.right)
    return True
