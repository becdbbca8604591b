import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.sqrt((R * R).sum(axis=0))
    safe = np.where(norms > 0, norms, 1.0)  # a zero column has zero dot products anyway
    S = (R.T @ R) / np.outer(safe, safe)
    rows = R[users]
    result = []
    for row, scores in zip(rows, rows @ S):
        unseen = np.flatnonzero(row == 0)
        order = np.argsort(-scores[unseen], kind="stable")[:k]
        result.append(unseen[order].tolist())
    return result
