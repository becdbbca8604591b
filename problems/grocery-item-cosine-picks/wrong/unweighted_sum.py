# verdict: Wrong Answer
# Sums the similarities to the bought products without weighting them by the amount bought.
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=0)
    norms[norms == 0] = 1.0
    S = (R.T @ R) / np.outer(norms, norms)
    result = []
    for u in users:
        seen = R[u] != 0
        unseen = np.flatnonzero(~seen)
        scores = S[seen].sum(axis=0)[unseen]
        result.append(unseen[np.argsort(-scores, kind="stable")[:k]].tolist())
    return result
