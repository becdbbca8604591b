# verdict: Wrong Answer
# Marks the end of each stem one node too early, on the node of its second-to-last letter, so
# a stem fits every word that starts with all but its last letter.
def shorten_message(stems, message):
    trie = {}
    for stem in stems:
        node = trie
        for letter in stem[:-1]:
            node = node.setdefault(letter, {})
        node["$"] = True
        node.setdefault(stem[-1], {})

    def shorten(word):
        node = trie
        for i, letter in enumerate(word):
            if "$" in node:
                return word[:i]
            node = node.get(letter)
            if node is None:
                return word
        return word

    return " ".join(shorten(word) for word in message.split(" "))
