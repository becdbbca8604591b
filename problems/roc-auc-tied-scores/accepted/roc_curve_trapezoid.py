# The ROC curve at every distinct threshold, integrated by the trapezoid rule.
import numpy as np


def roc_auc(labels, scores):
    pos = labels == 1
    P, N = int(pos.sum()), int((~pos).sum())
    if P == 0 or N == 0:
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], pos[order]
    tp = np.cumsum(y)
    fp = np.cumsum(~y)
    last = np.r_[s[1:] != s[:-1], True]
    tpr = np.r_[0, tp[last]] / P
    fpr = np.r_[0, fp[last]] / N
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
