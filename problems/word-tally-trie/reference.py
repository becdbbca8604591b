class WordTally:
    """A trie of dicts. Each node stores how many logged occurrences pass through it
    ("pass") and how many end exactly there ("end")."""

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
            following = node["next"].get(letter)
            if following is None:
                following = node["next"][letter] = {"pass": 0, "end": 0, "next": {}}
            node = following
            node["pass"] += 1
        node["end"] += 1

    def count(self, word):
        node = self._find(word)
        return 0 if node is None else node["end"]

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return 0 if node is None else node["pass"]

    def remove(self, word):
        node = self._find(word)
        if node is None or node["end"] == 0:
            return False
        node = self.root
        node["pass"] -= 1
        for letter in word:
            node = node["next"][letter]
            node["pass"] -= 1
        node["end"] -= 1
        return True
