class Autocomplete:
    """A trie stored as flat tables: node 0 is the root, `edges` maps (node, letter) to the
    child node, and `best[node]` caches the best 3 words of that node's subtree as sorted
    (-score, word) pairs.

    Scores only ever grow, so when one word's score rises the best 3 of a node are the best
    3 of its old best 3 plus that word: add refreshes the caches on the word's path in
    O(len(word)), and suggest walks the prefix and reads one cache in O(len(prefix)).
    (Flat tables rather than one object per node keep the garbage collector out of the way
    when the trie grows to a million nodes.)"""

    def __init__(self) -> None:
        self.edges: dict[int, int] = {}  # node * 32 + letter code -> child node
        self.best: list[tuple] = [()]  # node -> up to 3 (-score, word) pairs, best first
        self.scores: dict[str, int] = {}

    def add(self, word: str, weight: int) -> None:
        score = self.scores.get(word, 0) + weight
        self.scores[word] = score
        entry = (-score, word)
        edges, best = self.edges, self.best
        node = 0
        best[0] = _refresh(best[0], entry)
        for letter in word:
            key = node * 32 + ord(letter) - 96
            child = edges.get(key)
            if child is None:
                # a new node: this word is the only one below it
                child = edges[key] = len(best)
                best.append((entry,))
            else:
                best[child] = _refresh(best[child], entry)
            node = child

    def suggest(self, prefix: str) -> list[str]:
        node = 0
        for letter in prefix:
            node = self.edges.get(node * 32 + ord(letter) - 96)
            if node is None:
                return []
        return [word for _, word in self.best[node]]


def _refresh(best: tuple, entry: tuple) -> tuple:
    """The best 3 of `best` after the word of `entry` rose to entry's score."""
    word = entry[1]
    kept = [old for old in best if old[1] != word]
    if len(kept) == 3 and not entry < kept[2]:
        return best
    kept.append(entry)
    kept.sort()
    return tuple(kept[:3])
