# verdict: Wrong Answer
# Takes the components straight from the SVD of the centred data without applying the sign
# convention.
import numpy as np


def pca(X, k):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    values = s ** 2 / (X.shape[0] - 1)
    total = (Xc ** 2).sum() / (X.shape[0] - 1)
    return vt[:k], values[:k], values[:k] / total
