# verdict: Wrong Answer
# Keeps each word as a space-separated string and merges with str.replace("a b", "ab"), which
# also matches inside longer symbols: with pair (b, c), "ab c" wrongly becomes "abc".
from collections import Counter


def bpe_merges(word_counts, num_merges):
    words = {" ".join(list(w) + ["</w>"]): c for w, c in word_counts.items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for text, c in words.items():
            symbols = text.split(" ")
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += c
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        old, new = best[0] + " " + best[1], best[0] + best[1]
        words = {text.replace(old, new): c for text, c in words.items()}
    return merges
