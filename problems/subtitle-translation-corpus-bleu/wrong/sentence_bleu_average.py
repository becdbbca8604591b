# verdict: Wrong Answer
# Computes BLEU for every line on its own (same rules) and averages the line scores.
import math
from collections import Counter


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _sentence_bleu(cand, refs):
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
    r = min((abs(len(ref) - c), len(ref)) for ref in refs)[1]
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(sum(logs) / 4)


def corpus_bleu(candidates, references):
    scores = [_sentence_bleu(c, rs) for c, rs in zip(candidates, references)]
    return sum(scores) / len(scores)
