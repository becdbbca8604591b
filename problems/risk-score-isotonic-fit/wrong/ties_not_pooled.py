# verdict: Wrong Answer
# Sorts the points by x and pools adjacent violators point by point: tied scores that are
# already in increasing y keep different fitted values.
import numpy as np


def isotonic_fit(x, y, weights):
    w = np.ones(len(x)) if weights is None else weights
    order = np.argsort(x, kind="stable")
    bw, bwy, bl = [], [], []
    for i in order.tolist():
        cw, cwy, size = w[i], w[i] * y[i], 1
        while bw and bwy[-1] / bw[-1] > cwy / cw:
            cw += bw.pop()
            cwy += bwy.pop()
            size += bl.pop()
        bw.append(cw)
        bwy.append(cwy)
        bl.append(size)
    fit = np.empty(len(x))
    fit[order] = np.repeat(np.array(bwy) / np.array(bw), bl)
    return fit
