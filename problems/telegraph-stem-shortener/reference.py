END = "$"  # marks a node where a stem ends; never a lowercase letter


def shorten_message(stems: list[str], message: str) -> str:
    trie: dict = {}
    for stem in stems:
        node = trie
        for letter in stem:
            node = node.setdefault(letter, {})
        node[END] = True

    def shorten(word: str) -> str:
        node = trie
        for i, letter in enumerate(word):
            node = node.get(letter)
            if node is None:
                return word
            if END in node:
                return word[: i + 1]
        return word

    return " ".join(shorten(word) for word in message.split(" "))
