# verdict: Wrong Answer
# Searches for the segmentation with the fewest pieces (dynamic programming) instead of the
# greedy longest-first split, so it finds a split where greedy gives up, or a different one.
def wordpiece_split(text, vocab, max_chars):
    known = set(vocab)
    out = []
    for word in text.split():
        if len(word) > max_chars:
            out.append("[UNK]")
            continue
        n = len(word)
        best = [None] * (n + 1)  # best[i]: fewest pieces covering word[i:]
        best[n] = []
        for i in range(n - 1, -1, -1):
            for j in range(n, i, -1):
                piece = word[i:j] if i == 0 else "##" + word[i:j]
                if piece in known and best[j] is not None:
                    cand = [piece] + best[j]
                    if best[i] is None or len(cand) < len(best[i]):
                        best[i] = cand
        out.extend(best[0] if best[0] is not None else ["[UNK]"])
    return out
