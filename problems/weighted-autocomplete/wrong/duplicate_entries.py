# verdict: Wrong Answer
# Each node caches its best 3 as (-score, word) pairs, but a re-add inserts a new pair
# without dropping the word's old one, so a word can be suggested more than once.
import bisect


class Autocomplete:
    def __init__(self):
        self.root = {"kids": {}, "best": []}
        self.scores = {}

    def add(self, word, weight):
        score = self.scores.get(word, 0) + weight
        self.scores[word] = score
        entry = (-score, word)
        node = self.root
        bisect.insort(node["best"], entry)
        del node["best"][3:]
        for letter in word:
            node = node["kids"].setdefault(letter, {"kids": {}, "best": []})
            bisect.insort(node["best"], entry)
            del node["best"][3:]

    def suggest(self, prefix):
        node = self.root
        for letter in prefix:
            node = node["kids"].get(letter)
            if node is None:
                return []
        return [word for _, word in node["best"]]
