# Keeps the stems in a set and tries the word's prefixes from the shortest up.
def shorten_message(stems, message):
    known = set(stems)
    out = []
    for word in message.split(" "):
        for end in range(1, len(word) + 1):
            if word[:end] in known:
                word = word[:end]
                break
        out.append(word)
    return " ".join(out)
