# verdict: Wrong Answer
# Computes everything in float32 (the input dtype), against the statement's float64: scores
# that differ by less than float32 precision can swap.
import numpy as np


def recommend(interactions, users, k):
    R = interactions
    norms = np.linalg.norm(R, axis=0)
    norms[norms == 0] = 1.0
    S = (R.T @ R) / np.outer(norms, norms)
    result = []
    for u in users:
        unseen = np.flatnonzero(R[u] == 0)
        scores = (R[u] @ S)[unseen]
        result.append(unseen[np.argsort(-scores, kind="stable")[:k]].tolist())
    return result
