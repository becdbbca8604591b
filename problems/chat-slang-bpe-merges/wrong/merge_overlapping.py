# verdict: Wrong Answer
# Marks every position where the pair starts and merges each one, so in a a a the two
# overlapping matches both fire and the middle a is used twice (aa aa).
from collections import Counter


def bpe_merges(word_counts, num_merges):
    words = [(list(w) + ["</w>"], c) for w, c in word_counts.items()]
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols, c in words:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += c
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        merged = best[0] + best[1]
        for symbols, _ in words:
            starts = [i for i in range(len(symbols) - 1) if (symbols[i], symbols[i + 1]) == best]
            if not starts:
                continue
            out, i = [], 0
            while i < len(symbols):
                if i in starts:
                    out.append(merged)
                    i += 2 if i + 1 not in starts else 1
                else:
                    out.append(symbols[i])
                    i += 1
            symbols[:] = out
    return merges
