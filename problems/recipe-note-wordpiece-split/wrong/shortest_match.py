# verdict: Wrong Answer
# Takes the shortest matching piece at each position instead of the longest.
def wordpiece_split(text, vocab, max_chars):
    known = set(vocab)
    out = []
    for word in text.split():
        if len(word) > max_chars:
            out.append("[UNK]")
            continue
        pieces, start = [], 0
        while start < len(word):
            found = None
            for end in range(start + 1, len(word) + 1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in known:
                    found = piece
                    break
            if found is None:
                pieces = ["[UNK]"]
                break
            pieces.append(found)
            start = end
        out.extend(pieces)
    return out
