# verdict: Wrong Answer
# A second stack of lowest values, pushed only on a strictly lower elevation (`>` where
# `>=` is needed): a repeat of the lowest is not recorded, so popping it also pops the
# only record of the lowest and the copy still logged is forgotten.
class HikeLog:
    def __init__(self):
        self.items = []
        self.lows = []

    def push(self, elevation):
        self.items.append(elevation)
        if not self.lows or self.lows[-1] > elevation:
            self.lows.append(elevation)

    def pop(self):
        if not self.items:
            return None
        value = self.items.pop()
        if self.lows and value == self.lows[-1]:
            self.lows.pop()
        return value

    def top(self):
        return self.items[-1] if self.items else None

    def minimum(self):
        return self.lows[-1] if self.lows else None
