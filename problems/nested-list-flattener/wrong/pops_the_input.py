# verdict: Wrong Answer
# Streams the right integers in the right order, but uses the caller's lists as its stack:
# it reverses them in place and pops their items (the statement says not to modify `nested`).
class NestedFlattener:
    def __init__(self, nested):
        nested.reverse()
        self.stack = [nested]

    def _settle(self):
        while self.stack:
            top = self.stack[-1]
            if not top:
                self.stack.pop()
                continue
            if isinstance(top[-1], list):
                inner = top.pop()
                inner.reverse()
                self.stack.append(inner)
            else:
                return True
        return False

    def has_next(self):
        return self._settle()

    def next(self):
        self._settle()
        return self.stack[-1].pop()
