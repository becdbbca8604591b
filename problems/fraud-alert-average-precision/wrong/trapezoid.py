# verdict: Wrong Answer
# Joins the points of the precision-recall curve with straight lines (trapezoid rule, curve
# starting at precision 1, recall 0) instead of the step-wise sum.
import numpy as np


def average_precision(labels, scores):
    n_pos = int((labels == 1).sum())
    if n_pos == 0:
        return 0.0
    distinct, inverse = np.unique(scores, return_inverse=True)
    pos = np.bincount(inverse, weights=(labels == 1), minlength=len(distinct))[::-1]
    cnt = np.bincount(inverse, minlength=len(distinct))[::-1]
    tp = np.cumsum(pos)
    precision = np.concatenate([[1.0], tp / np.cumsum(cnt)])
    recall = np.concatenate([[0.0], tp / n_pos])
    return float(np.sum(np.diff(recall) * (precision[1:] + precision[:-1]) / 2))
