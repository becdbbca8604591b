# verdict: Wrong Answer
# Makes one left-to-right sweep over the blocks, merging each violating neighbour pair it
# meets, and stops: merges that create violations further back are never revisited.
import numpy as np


def isotonic_fit(x, y, weights):
    w = np.ones(len(x)) if weights is None else weights
    distinct, inverse = np.unique(x, return_inverse=True)
    bw = np.bincount(inverse, weights=w).tolist()
    bwy = np.bincount(inverse, weights=w * y).tolist()
    members = [[g] for g in range(len(distinct))]
    i = 0
    while i < len(bw) - 1:
        if bwy[i] / bw[i] > bwy[i + 1] / bw[i + 1]:
            bw[i] += bw.pop(i + 1)
            bwy[i] += bwy.pop(i + 1)
            members[i] += members.pop(i + 1)
        else:
            i += 1
    value = np.empty(len(distinct))
    for a, b, g in zip(bw, bwy, members):
        value[g] = b / a
    return value[inverse]
