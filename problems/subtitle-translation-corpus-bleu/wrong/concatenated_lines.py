# verdict: Wrong Answer
# Joins all candidates into one token stream (and each reference slot into another), so
# n-grams run across line boundaries.
import math
from collections import Counter


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def corpus_bleu(candidates, references):
    cand = [t for line in candidates for t in line]
    slots = max(len(refs) for refs in references)
    refs = [[t for rs in references for t in rs[min(j, len(rs) - 1)]] for j in range(slots)]
    logs = []
    for n in range(1, 5):
        counts = _ngrams(cand, n)
        ceiling = Counter()
        for ref in refs:
            ceiling |= _ngrams(ref, n)
        m = sum((counts & ceiling).values())
        if m == 0:
            return 0.0
        logs.append(math.log(m / sum(counts.values())))
    c = len(cand)
    r = sum(min((abs(len(x) - len(line)), len(x)) for x in rs)[1]
            for line, rs in zip(candidates, references))
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(sum(logs) / 4)
