# verdict: Wrong Answer
# Asks the quickselect for position k instead of k - 1, so the threshold is the (k+1)-th
# nearest dock and one dock too many is kept.
import random


def _select(values, index):
    while True:
        pivot = random.choice(values)
        smaller = [v for v in values if v < pivot]
        if index < len(smaller):
            values = smaller
        elif index == len(smaller):
            return pivot
        else:
            index -= len(smaller) + 1
            values = [v for v in values if v > pivot]


def nearest_docks(docks, k):
    n = len(docks)
    if k == 0:
        return []
    if k == n:
        return list(range(n))
    keys = [(x * x + y * y) * n + i for i, (x, y) in enumerate(docks)]
    threshold = _select(keys, k)
    return [i for i, key in enumerate(keys) if key <= threshold]
