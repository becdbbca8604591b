# verdict: Wrong Answer
# has_next only asks whether some list is still open, so it answers True when nothing but
# empty lists remain.
class NestedFlattener:
    def __init__(self, nested):
        self.stack = [[nested, 0]]

    def _drop_finished(self):
        while self.stack and self.stack[-1][1] == len(self.stack[-1][0]):
            self.stack.pop()

    def has_next(self):
        self._drop_finished()
        return bool(self.stack)

    def next(self):
        while True:
            self._drop_finished()
            top = self.stack[-1]
            item = top[0][top[1]]
            top[1] += 1
            if isinstance(item, list):
                self.stack.append([item, 0])
            else:
                return item
