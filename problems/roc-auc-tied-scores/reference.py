import numpy as np


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    labels = np.asarray(labels)
    scores = np.asarray(scores, dtype=float)
    positive = labels == 1
    n_pos = int(positive.sum())
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    # For each distinct score: how many negatives are strictly below it and how many tie it.
    distinct, inverse = np.unique(scores, return_inverse=True)
    neg_counts = np.bincount(inverse[~positive], minlength=len(distinct))
    below = np.concatenate([[0], np.cumsum(neg_counts)[:-1]])
    pos_inv = inverse[positive]
    wins = below[pos_inv].sum() + 0.5 * neg_counts[pos_inv].sum()
    return float(wins / (n_pos * n_neg))
