# verdict: Wrong Answer
# remove checks only that some logged word starts with `word` (the path exists), so it
# "removes" words that were never logged and lets the counts go wrong.
class WordTally:
    def __init__(self):
        self.root = {"pass": 0, "end": 0, "next": {}}

    def _find(self, text):
        node = self.root
        for letter in text:
            node = node["next"].get(letter)
            if node is None:
                return None
        return node

    def add(self, word):
        node = self.root
        node["pass"] += 1
        for letter in word:
            node = node["next"].setdefault(letter, {"pass": 0, "end": 0, "next": {}})
            node["pass"] += 1
        node["end"] += 1

    def count(self, word):
        node = self._find(word)
        return 0 if node is None else node["end"]

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else node["pass"]

    def remove(self, word):
        if self._find(word) is None:
            return False
        node = self.root
        node["pass"] -= 1
        for letter in word:
            node = node["next"][letter]
            node["pass"] -= 1
        node["end"] -= 1
        return True
