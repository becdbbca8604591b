# Quickselects the k-th smallest squared distance D, takes every dock nearer than D, then
# fills up with docks at exactly D in index order.
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
    room = k - sum(1 for d in dist if d < pivot)
    out = []
    for i, d in enumerate(dist):
        if d < pivot:
            out.append(i)
        elif d == pivot and room > 0:
            out.append(i)
            room -= 1
    return out
