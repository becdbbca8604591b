# verdict: Wrong Answer
# Sums only the eigenvalues above 1e-10 for the total variance (to drop rounding noise): on data
# with a small spread that drops real variance.
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
    return comps, var, var / values[values > 1e-10].sum()
