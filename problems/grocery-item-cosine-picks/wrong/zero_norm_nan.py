# verdict: Wrong Answer
# Divides by the column norms without a guard: a never-bought product gets nan similarities,
# and since 0 * nan is nan every score of the shopper becomes nan (the list is then in plain
# index order).
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        S = (R.T @ R) / np.outer(norms, norms)
    result = []
    for u in users:
        unseen = np.flatnonzero(R[u] == 0)
        scores = (R[u] @ S)[unseen]
        result.append(unseen[np.argsort(-scores, kind="stable")[:k]].tolist())
    return result
