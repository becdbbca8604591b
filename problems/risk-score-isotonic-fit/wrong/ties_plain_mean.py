# verdict: Wrong Answer
# Pools tied scores by the plain mean of their y (and counts them as weight 1 each), ignoring
# the weights inside a tie group.
import numpy as np


def isotonic_fit(x, y, weights):
    w = np.ones(len(x)) if weights is None else weights
    distinct, inverse = np.unique(x, return_inverse=True)
    gw = np.bincount(inverse, weights=w).tolist()
    gmean = (np.bincount(inverse, weights=y) / np.bincount(inverse)).tolist()
    bw, bwy, bl = [], [], []
    for cw, m in zip(gw, gmean):
        cwy, size = cw * m, 1
        while bw and bwy[-1] / bw[-1] > cwy / cw:
            cw += bw.pop()
            cwy += bwy.pop()
            size += bl.pop()
        bw.append(cw)
        bwy.append(cwy)
        bl.append(size)
    return np.repeat(np.array(bwy) / np.array(bw), bl)[inverse]
