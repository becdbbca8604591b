# verdict: Wrong Answer
# Counts every pair once per distinct word, ignoring how often the word occurs.
from collections import Counter


def bpe_merges(word_counts, num_merges):
    words = [list(w) + ["</w>"] for w in word_counts]
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols in words:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += 1
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        for symbols in words:
            i = 0
            while i < len(symbols) - 1:
                if (symbols[i], symbols[i + 1]) == best:
                    symbols[i:i + 2] = [best[0] + best[1]]
                i += 1
    return merges
