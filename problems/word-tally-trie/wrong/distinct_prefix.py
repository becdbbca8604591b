# verdict: Wrong Answer
# count_prefix counts distinct words instead of occurrences.
class WordTally:
    def __init__(self):
        self.root = {}
        self.counts = {}

    def add(self, word):
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
            node["#words"] = node.get("#words", set()) | {word}
        self.counts[word] = self.counts.get(word, 0) + 1

    def count(self, word):
        return self.counts.get(word, 0)

    def count_prefix(self, prefix):
        if not prefix:
            return sum(1 for c in self.counts.values() if c > 0)
        node = self.root
        for letter in prefix:
            if letter not in node:
                return 0
            node = node[letter]
        return sum(1 for w in node["#words"] if self.counts.get(w, 0) > 0)

    def remove(self, word):
        if self.counts.get(word, 0) == 0:
            return False
        self.counts[word] -= 1
        return True
