# verdict: Wrong Answer
# Min-max scales the scores to [0, 1] before ranking: beside a score of -1000, 1 and 1 + 2**-52
# map to the same value and become a tie.
import numpy as np


def roc_auc(labels, scores):
    pos = labels == 1
    P, N = int(pos.sum()), int((~pos).sum())
    if P == 0 or N == 0:
        return float("nan")
    lo, hi = scores.min(), scores.max()
    s = (scores - lo) / (hi - lo) if hi > lo else np.zeros_like(scores)
    distinct, inv = np.unique(s, return_inverse=True)
    neg = np.bincount(inv[~pos], minlength=len(distinct))
    below = np.cumsum(neg) - neg
    return float((below[inv[pos]].sum() + 0.5 * neg[inv[pos]].sum()) / (P * N))
