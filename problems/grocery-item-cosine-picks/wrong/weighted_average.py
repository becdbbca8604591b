# verdict: Wrong Answer
# Predicts a rating (weighted average: divides by the sum of similarities) instead of the
# statement's plain weighted sum.
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
        total = S[seen][:, unseen].sum(axis=0)
        scores = np.where(total > 0, (R[u] @ S)[unseen] / np.where(total > 0, total, 1.0), 0.0)
        result.append(unseen[np.argsort(-scores, kind="stable")[:k]].tolist())
    return result
