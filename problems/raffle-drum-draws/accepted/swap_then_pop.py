class RaffleDrum:
    def __init__(self):
        self.items = []
        self.pos = {}

    def insert(self, code):
        if code in self.pos:
            return False
        self.pos[code] = len(self.items)
        self.items.append(code)
        return True

    def remove(self, code):
        if code not in self.pos:
            return False
        i = self.pos[code]
        j = len(self.items) - 1
        # swap the code with the last one, fix the moved code's position, then drop the end
        self.items[i], self.items[j] = self.items[j], self.items[i]
        self.pos[self.items[i]] = i
        del self.pos[code]
        self.items.pop()
        return True

    def pick(self, token):
        if not self.items:
            return None
        return self.items[token % len(self.items)]
