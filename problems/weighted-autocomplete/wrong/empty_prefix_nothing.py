# verdict: Wrong Answer
# Treats the empty prefix as "nothing typed yet" and offers no suggestions for it.
class Autocomplete:
    def __init__(self):
        self.root = {"kids": {}, "best": []}
        self.scores = {}

    def add(self, word, weight):
        self.scores[word] = self.scores.get(word, 0) + weight
        node = self.root
        for letter in word:
            node = node["kids"].setdefault(letter, {"kids": {}, "best": []})
            best = [w for w in node["best"] if w != word] + [word]
            best.sort(key=lambda w: (-self.scores[w], w))
            node["best"] = best[:3]

    def suggest(self, prefix):
        if not prefix:
            return []
        node = self.root
        for letter in prefix:
            node = node["kids"].get(letter)
            if node is None:
                return []
        return list(node["best"])
