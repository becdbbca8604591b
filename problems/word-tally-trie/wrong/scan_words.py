# verdict: Time Limit Exceeded
# Correct, but count_prefix scans every distinct logged word.
class WordTally:
    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

    def count(self, word):
        return self.counts.get(word, 0)

    def count_prefix(self, prefix):
        return sum(c for w, c in self.counts.items() if w.startswith(prefix))

    def remove(self, word):
        if self.counts.get(word, 0) == 0:
            return False
        self.counts[word] -= 1
        return True
