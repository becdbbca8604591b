# verdict: Wrong Answer
# Streams the right values in the right order, but cuts each node's left link once its left
# part is on the stack, to mark it visited (the statement says the cursor must not change the
# tree).
class BSTCursor:
    def __init__(self, root):
        self.stack = []
        self._descend(root)

    def _descend(self, node):
        while node is not None:
            self.stack.append(node)
            node.left, node = None, node.left

    def has_next(self):
        return bool(self.stack)

    def peek(self):
        return self.stack[-1].val

    def next(self):
        node = self.stack.pop()
        self._descend(node.right)
        return node.val
