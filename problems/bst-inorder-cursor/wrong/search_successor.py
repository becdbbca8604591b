# verdict: Time Limit Exceeded
# Correct, but finds each next value by searching from the root for the smallest value
# larger than the last one returned: O(height) per call.
class BSTCursor:
    def __init__(self, root):
        self.root = root
        self.last = None
        self.upcoming = self._after(None)

    def _after(self, bound):
        best, node = None, self.root
        while node is not None:
            if bound is None or node.val > bound:
                best, node = node.val, node.left
            else:
                node = node.right
        return best

    def has_next(self):
        return self.upcoming is not None

    def peek(self):
        return self.upcoming

    def next(self):
        value = self.upcoming
        self.upcoming = self._after(value)
        return value
