# verdict: Wrong Answer
# Streams the values in preorder (node before its left subtree), not in increasing order.
class BSTCursor:
    def __init__(self, root):
        self.stack = [root] if root else []

    def has_next(self):
        return bool(self.stack)

    def peek(self):
        return self.stack[-1].val

    def next(self):
        node = self.stack.pop()
        self.stack += [child for child in (node.right, node.left) if child]
        return node.val
