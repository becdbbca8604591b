# verdict: Wrong Answer
# Divides by the sum of the k kept eigenvalues instead of the total variance, so the ratios
# always add up to 1.
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
    order = np.argsort(values)[::-1][:k]
    components = vectors[:, order].T.copy()
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return components, values[order], values[order] / values[order].sum()
