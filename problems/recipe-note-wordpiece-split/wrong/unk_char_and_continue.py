# verdict: Wrong Answer
# Emits "[UNK]" for a character no piece covers and carries on with the rest of the word.
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
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in known:
                    pieces.append(piece)
                    start = end
                    break
            else:
                pieces.append("[UNK]")
                start += 1
        if all(p == "[UNK]" for p in pieces):
            pieces = ["[UNK]"]
        out.extend(pieces)
    return out
