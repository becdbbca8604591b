# In-place quickselect with Lomuto partitioning around a random pivot, on (distance, index)
# tuples; then the first k entries are the k nearest.
import random


def nearest_docks(docks, k):
    keys = [(x * x + y * y, i) for i, (x, y) in enumerate(docks)]
    lo, hi = 0, len(keys) - 1
    target = k - 1
    while lo < hi:
        p = random.randint(lo, hi)
        keys[p], keys[hi] = keys[hi], keys[p]
        pivot = keys[hi]
        store = lo
        for j in range(lo, hi):
            if keys[j] < pivot:
                keys[store], keys[j] = keys[j], keys[store]
                store += 1
        keys[store], keys[hi] = keys[hi], keys[store]
        if store == target:
            break
        if store < target:
            lo = store + 1
        else:
            hi = store - 1
    return sorted(i for _, i in keys[:k])
