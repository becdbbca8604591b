# verdict: Runtime Error
# Right except that pick on an empty drum takes token % 0 instead of returning None.
class RaffleDrum:
    def __init__(self):
        self.items = []
        self.where = {}

    def insert(self, code):
        if code in self.where:
            return False
        self.where[code] = len(self.items)
        self.items.append(code)
        return True

    def remove(self, code):
        if code not in self.where:
            return False
        i = self.where.pop(code)
        last = self.items.pop()
        if i < len(self.items):
            self.items[i] = last
            self.where[last] = i
        return True

    def pick(self, token):
        return self.items[token % len(self.items)]
