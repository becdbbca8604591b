# verdict: Wrong Answer
# remove returns 1 / 0 rather than True / False
from collections import Counter
class WordTally:
    def __init__(self):
        self.words = Counter()
        self.prefixes = Counter()
    def add(self, word):
        self.words[word] += 1
        for i in range(len(word) + 1):
            self.prefixes[word[:i]] += 1
    def count(self, word):
        return self.words[word]
    def count_prefix(self, prefix):
        return self.prefixes[prefix]
    def remove(self, word):
        if self.words[word] == 0:
            return 0
        self.words[word] -= 1
        for i in range(len(word) + 1):
            self.prefixes[word[:i]] -= 1
        return 1
