# verdict: Wrong Answer
# Keeps eigh's increasing order and takes the first k eigenpairs: the components of the
# smallest variance.
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
    components = vectors[:, :k].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return components, values[:k], values[:k] / values.sum()
