# verdict: Runtime Error
# Deletes the removed code from the map first and then records the moved code's position:
# when the removed code was the last one, "the moved code" is itself, so it is written
# back into the map although it has left the array. Removing it again then reads past the
# end of the array (inserting it again would wrongly return False).
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
        i = self.where[code]
        last = self.items[-1]
        del self.where[code]
        self.where[last] = i
        self.items[i] = last
        self.items.pop()
        return True

    def pick(self, token):
        if not self.items:
            return None
        return self.items[token % len(self.items)]
