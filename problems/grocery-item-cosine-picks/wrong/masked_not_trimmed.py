# verdict: Wrong Answer
# Masks bought products with -inf but still takes k products, so when k exceeds the unseen
# count the bought ones come back at the end.
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=0)
    norms[norms == 0] = 1.0
    S = (R.T @ R) / np.outer(norms, norms)
    result = []
    for u in users:
        scores = R[u] @ S
        scores[R[u] != 0] = -np.inf
        result.append(np.argsort(-scores, kind="stable")[:k].tolist())
    return result
