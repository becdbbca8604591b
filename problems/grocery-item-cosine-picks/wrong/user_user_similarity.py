# verdict: Wrong Answer
# Uses shopper-to-shopper cosine similarity: scores a product by how much similar shoppers
# bought of it.
import numpy as np


def recommend(interactions, users, k):
    R = interactions.astype(np.float64)
    norms = np.linalg.norm(R, axis=1)
    norms[norms == 0] = 1.0
    U = (R @ R.T) / np.outer(norms, norms)
    result = []
    for u in users:
        unseen = np.flatnonzero(R[u] == 0)
        scores = (U[u] @ R)[unseen]
        result.append(unseen[np.argsort(-scores, kind="stable")[:k]].tolist())
    return result
