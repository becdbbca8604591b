# verdict: Wrong Answer
# When a word cannot be finished, keeps the pieces found so far and adds "[UNK]" for the
# rest, instead of replacing the whole word by one "[UNK]".
def wordpiece_split(text, vocab, max_chars):
    known = set(vocab)
    out = []
    for word in text.split():
        if len(word) > max_chars:
            out.append("[UNK]")
            continue
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in known:
                    break
            else:
                out.append("[UNK]")
                break
            out.append(piece)
            start = end
    return out
