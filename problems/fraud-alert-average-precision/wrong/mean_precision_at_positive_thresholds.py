# verdict: Wrong Answer
# Averages the precision of the thresholds that flag new frauds, one vote per threshold,
# instead of weighting each by its gain in recall (a tie group with 3 frauds counts once).
import numpy as np


def average_precision(labels, scores):
    n_pos = int((labels == 1).sum())
    if n_pos == 0:
        return 0.0
    distinct, inverse = np.unique(scores, return_inverse=True)
    pos = np.bincount(inverse, weights=(labels == 1), minlength=len(distinct))[::-1]
    cnt = np.bincount(inverse, minlength=len(distinct))[::-1]
    precision = np.cumsum(pos) / np.cumsum(cnt)
    return float(precision[pos > 0].mean())
