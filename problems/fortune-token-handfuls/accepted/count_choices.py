from collections import Counter
from itertools import product


def token_handfuls(tokens):
    # choose how many of each distinct value to take: 0..count, independently
    counts = sorted(Counter(tokens).items())
    out = []
    for takes in product(*(range(c + 1) for _, c in counts)):
        handful = []
        for (value, _), k in zip(counts, takes):
            handful.extend([value] * k)
        out.append(handful)
    return out
