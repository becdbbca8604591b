import re
from collections import Counter


def bpe_merges(word_counts, num_merges):
    vocab = {" ".join(list(w) + ["</w>"]): c for w, c in word_counts.items()}
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for text, c in vocab.items():
            symbols = text.split()
            for i in range(len(symbols) - 1):
                pairs[symbols[i], symbols[i + 1]] += c
        if not pairs:
            break
        top = max(pairs.values())
        best = min(p for p, v in pairs.items() if v == top)
        merges.append(best)
        pattern = re.compile(r"(?<!\S)" + re.escape(best[0] + " " + best[1]) + r"(?!\S)")
        vocab = {pattern.sub(best[0] + best[1], text): c for text, c in vocab.items()}
    return merges
