# verdict: Wrong Answer
# Flattens only the outermost level: deeper lists come out whole.
class NestedFlattener:
    def __init__(self, nested):
        self.items = [x for item in nested
                      for x in (item if isinstance(item, list) else [item])]
        self.position = 0

    def has_next(self):
        return self.position < len(self.items)

    def next(self):
        self.position += 1
        return self.items[self.position - 1]
