# verdict: Wrong Answer
# Sorts ascending and reverses, so equal scores come out in decreasing product index.
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=0)
    norms[norms == 0] = 1.0
    S = (R.T @ R) / np.outer(norms, norms)
    result = []
    for u in users:
        unseen = np.flatnonzero(R[u] == 0)
        scores = (R[u] @ S)[unseen]
        result.append(unseen[np.argsort(scores, kind="stable")[::-1][:k]].tolist())
    return result
