# verdict: Wrong Answer
# Selects the k-th smallest squared distance and keeps every dock at most that far: when
# several docks tie at the k-th place, all of them are kept and the answer is too long.
import random


def nearest_docks(docks, k):
    if k == 0:
        return []
    dist = [x * x + y * y for x, y in docks]
    values, index = dist, k - 1
    while True:
        pivot = random.choice(values)
        smaller = [v for v in values if v < pivot]
        equal = values.count(pivot)
        if index < len(smaller):
            values = smaller
        elif index < len(smaller) + equal:
            break
        else:
            index -= len(smaller) + equal
            values = [v for v in values if v > pivot]
    return [i for i, d in enumerate(dist) if d <= pivot]
