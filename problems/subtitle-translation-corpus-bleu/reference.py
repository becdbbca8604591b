import math
from collections import Counter


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(candidates: list[list[str]], references: list[list[list[str]]]) -> float:
    matched = [0, 0, 0, 0]
    total = [0, 0, 0, 0]
    c = r = 0
    for cand, refs in zip(candidates, references):
        c += len(cand)
        r += min((abs(len(ref) - len(cand)), len(ref)) for ref in refs)[1]
        for n in range(1, 5):
            counts = _ngrams(cand, n)
            ceiling = Counter()
            for ref in refs:
                ceiling |= _ngrams(ref, n)  # the largest count in any one reference
            matched[n - 1] += sum((counts & ceiling).values())  # clipped counts
            total[n - 1] += sum(counts.values())
    if min(matched) == 0:
        return 0.0
    log_precision = sum(math.log(m / t) for m, t in zip(matched, total)) / 4
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_precision)
