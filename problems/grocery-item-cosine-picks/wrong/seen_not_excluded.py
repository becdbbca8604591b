# verdict: Wrong Answer
# Ranks every product, including the ones the shopper already bought.
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=0)
    norms[norms == 0] = 1.0
    S = (R.T @ R) / np.outer(norms, norms)
    return [np.argsort(-(R[u] @ S), kind="stable")[:k].tolist() for u in users]
