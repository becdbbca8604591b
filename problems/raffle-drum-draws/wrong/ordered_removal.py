# verdict: Wrong Answer
# Removes with list.remove, which closes the gap by shifting the later codes left: the
# array keeps insertion order instead of moving the last code into the hole, so picks
# return other codes (and each removal is O(n) as well).
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
        self.codes.remove(code)
        self.items.remove(code)
        return True

    def pick(self, token):
        if not self.items:
            return None
        return self.items[token % len(self.items)]
