# a sorted list of occurrences, prefix ranges found by bisect
from bisect import bisect_left, insort
class WordTally:
    def __init__(self):
        self.items = []
    def add(self, word):
        insort(self.items, word)
    def count(self, word):
        i = bisect_left(self.items, word)
        j = bisect_left(self.items, word + "a", lo=i)
        # no lowercase word lies strictly between word and word + "a"
        return j - i
    def count_prefix(self, prefix):
        i = bisect_left(self.items, prefix)
        j = bisect_left(self.items, prefix + "{", lo=i)
        return j - i
    def remove(self, word):
        i = bisect_left(self.items, word)
        if i < len(self.items) and self.items[i] == word:
            del self.items[i]
            return True
        return False
