# verdict: Wrong Answer
# Skips a code that is already in the drum but still reports the insert as done.
class RaffleDrum:
    def __init__(self):
        self.items = []
        self.where = {}

    def insert(self, code):
        if code not in self.where:
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
        if not self.items:
            return None
        return self.items[token % len(self.items)]
