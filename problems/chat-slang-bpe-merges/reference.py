from collections import Counter

END = "</w>"


def bpe_merges(word_counts: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    words = [(list(word) + [END], count) for word, count in word_counts.items()]
    merges = []
    for _ in range(num_merges):
        pairs = Counter()
        for symbols, count in words:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += count
        if not pairs:
            break  # every word is a single symbol
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(best)
        left, right = best
        for symbols, _ in words:
            i = 0
            while i < len(symbols) - 1:
                if symbols[i] == left and symbols[i + 1] == right:
                    symbols[i:i + 2] = [left + right]
                i += 1
    return merges
