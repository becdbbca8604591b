# verdict: Wrong Answer
# Forgets to centre the data: decomposes X.T @ X / (n - 1), whose top direction points at the
# mean rather than along the spread.
import numpy as np


def pca(X, k):
    S = X.T @ X / (X.shape[0] - 1)
    values, vectors = np.linalg.eigh(S)
    order = np.argsort(values)[::-1][:k]
    components = vectors[:, order].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return components, values[order], values[order] / values.sum()
