# verdict: Wrong Answer
# Uses the rank-sum formula with ordinal ranks from argsort, so tied scores get different
# ranks (decided by position) instead of the average rank of their group.
import numpy as np


def roc_auc(labels, scores):
    n_pos = int((labels == 1).sum())
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return float((ranks[labels == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
