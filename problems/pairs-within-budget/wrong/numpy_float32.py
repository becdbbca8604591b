# verdict: Wrong Answer
# Casts costs to float32, whose 24-bit mantissa rounds costs near 10**9.
import numpy as np
def count_pairs_within(costs, budget):
    v = np.sort(np.array(costs, dtype=np.float32))
    pos = np.searchsorted(v, np.float32(budget) - v, side="right")
    idx = np.arange(len(v))
    return int(np.maximum(pos - idx - 1, 0).sum())
