# verdict: Wrong Answer
# Ranks with one descending sort on (score, word), so equal scores come out in reverse
# alphabetical order instead of alphabetical order.
class Autocomplete:
    def __init__(self):
        self.root = {"kids": {}, "best": []}
        self.scores = {}

    def add(self, word, weight):
        self.scores[word] = self.scores.get(word, 0) + weight
        node = self.root
        self._update(node, word)
        for letter in word:
            node = node["kids"].setdefault(letter, {"kids": {}, "best": []})
            self._update(node, word)

    def _update(self, node, word):
        best = [w for w in node["best"] if w != word] + [word]
        best.sort(key=lambda w: (self.scores[w], w), reverse=True)
        node["best"] = best[:3]

    def suggest(self, prefix):
        node = self.root
        for letter in prefix:
            node = node["kids"].get(letter)
            if node is None:
                return []
        return list(node["best"])
