# verdict: Wrong Answer
# remove lowers the pass counts while walking, before it knows the word is logged
class WordTally:
    def __init__(self):
        self.root = {"pass": 0, "end": 0, "next": {}}
    def add(self, word):
        node = self.root
        node["pass"] += 1
        for ch in word:
            node = node["next"].setdefault(ch, {"pass": 0, "end": 0, "next": {}})
            node["pass"] += 1
        node["end"] += 1
    def _find(self, text):
        node = self.root
        for ch in text:
            node = node["next"].get(ch)
            if node is None:
                return None
        return node
    def count(self, word):
        node = self._find(word)
        return node["end"] if node else 0
    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node["pass"] if node else 0
    def remove(self, word):
        node = self.root
        if node["pass"] == 0:
            return False
        node["pass"] -= 1
        for ch in word:
            node = node["next"].get(ch)
            if node is None or node["pass"] == 0:
                return False
            node["pass"] -= 1
        if node["end"] == 0:
            return False
        node["end"] -= 1
        return True
