# verdict: Wrong Answer
# Forgets the no-positive rule: recall divides by zero and the answer is nan.
import numpy as np


def average_precision(labels, scores):
    n_pos = (labels == 1).sum()
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    is_pos = labels[order] == 1
    tp = np.cumsum(is_pos)
    fp = np.cumsum(~is_pos)
    last = np.append(np.flatnonzero(s[1:] != s[:-1]), len(s) - 1)
    precision = tp[last] / (tp[last] + fp[last])
    with np.errstate(invalid="ignore", divide="ignore"):
        recall = tp[last] / n_pos
    return float(np.sum(np.diff(np.concatenate([[0.0], recall])) * precision))
