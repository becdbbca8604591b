# verdict: Wrong Answer
# Divides by n instead of n - 1 (ddof = 0): the components and ratios are right, but every
# explained variance is too small by the factor (n - 1) / n.
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / X.shape[0])
    order = np.argsort(values)[::-1][:k]
    components = vectors[:, order].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return components, values[order], values[order] / values.sum()
