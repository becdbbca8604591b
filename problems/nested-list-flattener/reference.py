class NestedFlattener:
    def __init__(self, nested):
        self.stack = [[nested, 0]]  # lists being read and the position in each

    def _settle(self):
        """Moves the top of the stack onto the next integer; False when there is none."""
        stack = self.stack
        while stack:
            top = stack[-1]
            items, position = top
            if position == len(items):
                stack.pop()
                continue
            item = items[position]
            if isinstance(item, list):
                top[1] += 1
                stack.append([item, 0])
            else:
                return True
        return False

    def has_next(self):
        return self._settle()

    def next(self):
        self._settle()
        top = self.stack[-1]
        top[1] += 1
        return top[0][top[1] - 1]
