# verdict: Wrong Answer
# Adds 1e-10 to the total variance in the ratio's denominator: on data with a spread of a few 1e-6
# the total is itself below 1e-10.
import numpy as np


def pca(X, k):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    S = Xc.T @ Xc / (n - 1)
    values, vectors = np.linalg.eigh(S)
    values, vectors = values[::-1], vectors[:, ::-1]
    comps = vectors[:, :k].T.copy()
    for row in comps:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    var = values[:k]
    return comps, var, var / (values.sum() + 1e-10)
