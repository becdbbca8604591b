class BSTCursor:
    def __init__(self, root):
        self.stack = []
        self._descend(root)

    def _descend(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.left

    def has_next(self):
        return bool(self.stack)

    def peek(self):
        return self.stack[-1].val

    def next(self):
        node = self.stack.pop()
        self._descend(node.right)
        return node.val
