import numpy as np


def average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    n_pos = int((labels == 1).sum())
    if n_pos == 0:
        return 0.0
    # Any order inside a group of equal scores gives the same counts at its last position.
    order = np.argsort(-scores)
    ranked_scores = scores[order]
    is_pos = labels[order] == 1
    tp = np.cumsum(is_pos)
    fp = np.cumsum(~is_pos)
    # The last position of every group of equal scores closes one threshold.
    last = np.append(np.flatnonzero(ranked_scores[1:] != ranked_scores[:-1]), len(scores) - 1)
    tp = tp[last]
    fp = fp[last]
    precision = tp / (tp + fp)
    recall = tp / n_pos
    previous = np.concatenate([[0.0], recall[:-1]])
    return float(np.sum((recall - previous) * precision))
