# verdict: Wrong Answer
# Pools with the weights only inside tied groups; a merge of blocks takes the plain mean of
# the merged values (weighted by how many groups each block holds), ignoring their weights.
import numpy as np


def isotonic_fit(x, y, weights):
    w = np.ones(len(x)) if weights is None else weights
    distinct, inverse = np.unique(x, return_inverse=True)
    values = np.bincount(inverse, weights=w * y) / np.bincount(inverse, weights=w)
    vals, sizes = [], []
    for v in values.tolist():
        size = 1
        while vals and vals[-1] > v:
            pv, ps = vals.pop(), sizes.pop()
            v = (pv * ps + v * size) / (ps + size)
            size += ps
        vals.append(v)
        sizes.append(size)
    return np.repeat(vals, sizes)[inverse]
