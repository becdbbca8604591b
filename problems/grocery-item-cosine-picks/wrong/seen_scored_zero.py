# verdict: Wrong Answer
# "Removes" bought products by setting their score to 0, so they still fill the list among the
# zero-score products.
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=0)
    norms[norms == 0] = 1.0
    S = (R.T @ R) / np.outer(norms, norms)
    result = []
    for u in users:
        scores = R[u] @ S
        scores[R[u] != 0] = 0.0
        result.append(np.argsort(-scores, kind="stable")[:k].tolist())
    return result
