# verdict: Wrong Answer
# Splits on single spaces only (text.split(" ")), so tabs and newlines stay inside words.
def wordpiece_split(text, vocab, max_chars):
    known = set(vocab)
    out = []
    for word in text.split(" "):
        if not word:
            continue
        if len(word) > max_chars:
            out.append("[UNK]")
            continue
        pieces, start = [], 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in known:
                    break
            else:
                pieces = ["[UNK]"]
                break
            pieces.append(piece)
            start = end
        out.extend(pieces)
    return out
