# verdict: Wrong Answer
# Lists the values in order, then pops them off the end of the list: largest first.
class BSTCursor:
    def __init__(self, root):
        self.values, stack, node = [], [], root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            self.values.append(node.val)
            node = node.right

    def has_next(self):
        return bool(self.values)

    def peek(self):
        return self.values[-1]

    def next(self):
        return self.values.pop()
