# verdict: Runtime Error
# Finds the (k+1)-th nearest dock and keeps the docks strictly nearer than it. Right for
# every k < n, but with k = n there is no (k+1)-th dock: the selection runs out of values.
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
    keys = [(x * x + y * y) * n + i for i, (x, y) in enumerate(docks)]
    bound = _select(keys, k)
    return [i for i, key in enumerate(keys) if key < bound]
