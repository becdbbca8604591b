import numpy as np
def count_pairs_within(costs, budget):
    v = np.sort(np.asarray(costs, dtype=np.int64))
    pos = np.searchsorted(v, budget - v, side="right")
    idx = np.arange(len(v))
    return int(np.maximum(pos - idx - 1, 0).sum())
