# verdict: Wrong Answer
# Counts the pairs once at the start and then only removes each merged pair from the counts,
# never recounting: pairs that involve new symbols are never seen.
from collections import Counter


def bpe_merges(word_counts, num_merges):
    pairs = Counter()
    for w, c in word_counts.items():
        symbols = list(w) + ["</w>"]
        for pair in zip(symbols, symbols[1:]):
            pairs[pair] += c
    merges = []
    for _ in range(num_merges):
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        del pairs[best]
    return merges
