# verdict: Wrong Answer
# Counts a tied positive-negative pair as a full win (>=) instead of one half.
import numpy as np


def roc_auc(labels, scores):
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    neg = np.sort(neg)
    wins = np.searchsorted(neg, pos, side="right").sum()
    return float(wins / (len(pos) * len(neg)))
