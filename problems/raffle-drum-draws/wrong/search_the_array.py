# verdict: Time Limit Exceeded
# Follows the move-the-last-code rule exactly, but has no map from code to position: it
# tests membership with `in` on the list and finds the slot with list.index, O(n) per call.
class RaffleDrum:
    def __init__(self):
        self.items = []

    def insert(self, code):
        if code in self.items:
            return False
        self.items.append(code)
        return True

    def remove(self, code):
        if code not in self.items:
            return False
        i = self.items.index(code)
        last = self.items.pop()
        if i < len(self.items):
            self.items[i] = last
        return True

    def pick(self, token):
        if not self.items:
            return None
        return self.items[token % len(self.items)]
