# verdict: Wrong Answer
# Uses the interpolated curve: each precision replaced by the best precision at any lower
# threshold (higher recall), as in some detection benchmarks.
import numpy as np


def average_precision(labels, scores):
    n_pos = int((labels == 1).sum())
    if n_pos == 0:
        return 0.0
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    is_pos = labels[order] == 1
    tp = np.cumsum(is_pos)
    fp = np.cumsum(~is_pos)
    last = np.append(np.flatnonzero(s[1:] != s[:-1]), len(s) - 1)
    precision = tp[last] / (tp[last] + fp[last])
    precision = np.maximum.accumulate(precision[::-1])[::-1]
    recall = tp[last] / n_pos
    return float(np.sum(np.diff(np.concatenate([[0.0], recall])) * precision))
