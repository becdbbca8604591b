import numpy as np


def average_precision(labels, scores):
    positive = labels == 1
    n_pos = int(positive.sum())
    if n_pos == 0:
        return 0.0
    distinct, inverse = np.unique(scores, return_inverse=True)
    pos = np.bincount(inverse[positive], minlength=len(distinct))[::-1]
    cnt = np.bincount(inverse, minlength=len(distinct))[::-1]
    precision = np.cumsum(pos) / np.cumsum(cnt)
    return float(np.dot(pos, precision) / n_pos)
