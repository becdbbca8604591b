# Similarities from the Gram matrix, one shopper at a time, ranked with Python's sorted on
# (-score, index).
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    gram = R.T @ R
    norms = np.sqrt(np.diag(gram))
    inverse = np.array([1.0 / x if x > 0 else 0.0 for x in norms])
    S = gram * inverse[:, None] * inverse[None, :]
    result = []
    for u in users:
        row = R[u]
        scores = (row @ S).tolist()
        unseen = [j for j, x in enumerate(row.tolist()) if x == 0]
        result.append(sorted(unseen, key=lambda j: (-scores[j], j))[:k])
    return result
