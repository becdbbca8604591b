# verdict: Wrong Answer
# Treats a repeated add as setting the score instead of adding to it (and rebuilds the
# rankings so that lowered scores are handled): the scores do not accumulate.
class Autocomplete:
    def __init__(self):
        self.root = {"kids": {}, "words": set()}
        self.scores = {}

    def add(self, word, weight):
        self.scores[word] = weight
        node = self.root
        node["words"].add(word)
        for letter in word:
            node = node["kids"].setdefault(letter, {"kids": {}, "words": set()})
            node["words"].add(word)

    def suggest(self, prefix):
        node = self.root
        for letter in prefix:
            node = node["kids"].get(letter)
            if node is None:
                return []
        return sorted(node["words"], key=lambda w: (-self.scores[w], w))[:3]
