# SVD of the centred data; the total variance from the column variances; signs in one step.
import numpy as np


def pca(X, k):
    n = len(X)
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    ev = s ** 2 / (n - 1)
    comps = vt[:k].copy()
    idx = np.argmax(np.abs(comps), axis=1)
    comps *= np.sign(comps[np.arange(k), idx])[:, None]
    total = Xc.var(axis=0, ddof=1).sum()
    return comps, ev[:k], ev[:k] / total
