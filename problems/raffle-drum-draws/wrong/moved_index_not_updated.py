# verdict: Wrong Answer
# Moves the last code into the hole but forgets to record its new position in the map, so
# a later removal of the moved code writes into the wrong slot.
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
        last = self.items[-1]
        if i < len(self.items):
            self.items[i] = last
        self.items.pop()
        return True

    def pick(self, token):
        if not self.items:
            return None
        return self.items[token % len(self.items)]
