# A trie of node objects; each word walks down it until a stem ends or a letter is missing.
class Node:
    __slots__ = ("children", "is_stem")

    def __init__(self):
        self.children = {}
        self.is_stem = False


def shorten_message(stems, message):
    root = Node()
    for stem in stems:
        node = root
        for letter in stem:
            if letter not in node.children:
                node.children[letter] = Node()
            node = node.children[letter]
        node.is_stem = True
    words = message.split() if message else []
    out = []
    for word in words:
        node, replacement = root, word
        for i, letter in enumerate(word):
            node = node.children.get(letter)
            if node is None:
                break
            if node.is_stem:
                replacement = word[: i + 1]
                break
        out.append(replacement)
    return " ".join(out)
