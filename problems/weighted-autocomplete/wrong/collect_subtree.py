# verdict: Time Limit Exceeded
# Correct, and uses a trie, but each suggest walks the whole subtree under the prefix and
# sorts every word found there: short prefixes cover most of the index.
class Autocomplete:
    def __init__(self):
        self.root = {}
        self.scores = {}

    def add(self, word, weight):
        self.scores[word] = self.scores.get(word, 0) + weight
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = word

    def suggest(self, prefix):
        node = self.root
        for letter in prefix:
            node = node.get(letter)
            if node is None:
                return []
        found = []
        stack = [node]
        while stack:
            current = stack.pop()
            for key, child in current.items():
                if key == "$":
                    found.append(child)
                else:
                    stack.append(child)
        found.sort(key=lambda w: (-self.scores[w], w))
        return found[:3]
