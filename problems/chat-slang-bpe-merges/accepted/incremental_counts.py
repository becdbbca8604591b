from collections import defaultdict


def _pairs(symbols):
    counts = defaultdict(int)
    for pair in zip(symbols, symbols[1:]):
        counts[pair] += 1
    return counts


def bpe_merges(word_counts, num_merges):
    words = [list(w) + ["</w>"] for w in word_counts]
    freq = list(word_counts.values())
    stats = defaultdict(int)          # pair -> weighted count
    where = defaultdict(set)          # pair -> indices of words that contain it
    for idx, symbols in enumerate(words):
        for pair, k in _pairs(symbols).items():
            stats[pair] += k * freq[idx]
            where[pair].add(idx)
    merges = []
    while len(merges) < num_merges:
        live = [(-v, p) for p, v in stats.items() if v > 0]
        if not live:
            break
        best = min(live)[1]
        merges.append(best)
        for idx in sorted(where[best]):
            old = words[idx]
            new, i = [], 0
            while i < len(old):
                if i + 1 < len(old) and (old[i], old[i + 1]) == best:
                    new.append(best[0] + best[1])
                    i += 2
                else:
                    new.append(old[i])
                    i += 1
            for pair, k in _pairs(old).items():
                stats[pair] -= k * freq[idx]
            for pair, k in _pairs(new).items():
                stats[pair] += k * freq[idx]
                where[pair].add(idx)
            words[idx] = new
        where[best] = set()
    return merges
