# verdict: Wrong Answer
# Ranks with a stable sort and walks the transactions one at a time: tied scores are split
# into separate thresholds in index order (the mean of precision at each fraud's rank).
import numpy as np


def average_precision(labels, scores):
    n_pos = int((labels == 1).sum())
    if n_pos == 0:
        return 0.0
    order = np.argsort(-scores, kind="stable")
    is_pos = labels[order] == 1
    tp = np.cumsum(is_pos)
    precision = tp / np.arange(1, len(scores) + 1)
    return float(precision[is_pos].sum() / n_pos)
