# verdict: Wrong Answer
# Breaks ties towards the largest pair: max over (score, pair).
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
        best = max(pairs, key=lambda p: (pairs[p], p))
        merges.append(best)
        for symbols, _ in words:
            i = 0
            while i < len(symbols) - 1:
                if (symbols[i], symbols[i + 1]) == best:
                    symbols[i:i + 2] = [best[0] + best[1]]
                i += 1
    return merges
