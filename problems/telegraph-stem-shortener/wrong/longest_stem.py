# verdict: Wrong Answer
# Walks the whole word down the trie and keeps the last stem end it passes: the longest fit
# instead of the shortest.
def shorten_message(stems, message):
    trie = {}
    for stem in stems:
        node = trie
        for letter in stem:
            node = node.setdefault(letter, {})
        node["$"] = True

    def shorten(word):
        node, best = trie, word
        for i, letter in enumerate(word):
            node = node.get(letter)
            if node is None:
                break
            if "$" in node:
                best = word[: i + 1]
        return best

    return " ".join(shorten(word) for word in message.split(" "))
