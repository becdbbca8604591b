# verdict: Wrong Answer
# Sorts a numpy int32 array: budget - cost wraps around past 2**31 at the stated extremes.
import numpy as np
def count_pairs_within(costs, budget):
    v = np.sort(np.array(costs, dtype=np.int32))
    pos = np.searchsorted(v, budget - v, side="right")
    idx = np.arange(len(v))
    return int(np.maximum(pos - idx - 1, 0).sum())
