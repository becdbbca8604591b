# verdict: Time Limit Exceeded
# Keeps a set for membership (so insert is O(1)) but finds the slot of a removed code with
# list.index, a scan of the array on every removal.
class RaffleDrum:
    def __init__(self):
        self.items = []
        self.codes = set()

    def insert(self, code):
        if code in self.codes:
            return False
        self.codes.add(code)
        self.items.append(code)
        return True

    def remove(self, code):
        if code not in self.codes:
            return False
        self.codes.discard(code)
        i = self.items.index(code)
        self.items[i] = self.items[-1]
        self.items.pop()
        return True

    def pick(self, token):
        if not self.items:
            return None
        return self.items[token % len(self.items)]
