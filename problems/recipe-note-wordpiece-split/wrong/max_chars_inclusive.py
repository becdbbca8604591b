# verdict: Wrong Answer
# Treats a word of exactly max_chars characters as too long (>= instead of >).
def wordpiece_split(text, vocab, max_chars):
    known = set(vocab)
    out = []
    for word in text.split():
        if len(word) >= max_chars:
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
