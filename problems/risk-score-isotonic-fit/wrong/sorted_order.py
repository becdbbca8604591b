# verdict: Wrong Answer
# Correct fit, but returned in increasing order of x instead of the input's order.
import numpy as np


def isotonic_fit(x, y, weights):
    w = np.ones(len(x)) if weights is None else weights
    distinct, inverse = np.unique(x, return_inverse=True)
    gw = np.bincount(inverse, weights=w).tolist()
    gwy = np.bincount(inverse, weights=w * y).tolist()
    bw, bwy, bl = [], [], []
    for cw, cwy in zip(gw, gwy):
        size = 1
        while bw and bwy[-1] / bw[-1] > cwy / cw:
            cw += bw.pop()
            cwy += bwy.pop()
            size += bl.pop()
        bw.append(cw)
        bwy.append(cwy)
        bl.append(size)
    group_value = np.repeat(np.array(bwy) / np.array(bw), bl)
    return np.sort(group_value[inverse])
