# verdict: Wrong Answer
# Looks continuation pieces up without the "##" prefix (and emits them plain), so a start
# piece can be reused in the middle of a word and "##" entries are never used.
def wordpiece_split(text, vocab, max_chars):
    known = set(vocab)
    out = []
    for word in text.split():
        if len(word) > max_chars:
            out.append("[UNK]")
            continue
        pieces, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):
                if word[start:end] in known:
                    break
            else:
                pieces = ["[UNK]"]
                break
            pieces.append(word[start:end])
            start = end
        out.extend(pieces)
    return out
