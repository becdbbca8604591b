import random


def nearest_docks(docks: list[list[int]], k: int) -> list[int]:
    n = len(docks)
    if k == 0:
        return []
    # one int key per dock, ordered by squared distance and then by index; all keys differ
    keys = [(x * x + y * y) * n + i for i, (x, y) in enumerate(docks)]
    # quickselect the k-th smallest key (position k - 1)
    values = keys
    index = k - 1
    rng = random.Random(2026)  # a local generator: no state shared between calls
    while True:
        pivot = values[rng.randrange(len(values))]
        smaller = [v for v in values if v < pivot]
        if index < len(smaller):
            values = smaller
            continue
        if index == len(smaller):
            break
        index -= len(smaller) + 1
        values = [v for v in values if v > pivot]
    # the k nearest are exactly the docks whose key is at most the k-th smallest
    return [i for i, key in enumerate(keys) if key <= pivot]
