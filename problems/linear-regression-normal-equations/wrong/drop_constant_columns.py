# verdict: Wrong Answer
# Drops constant features (giving them weight 0) and solves the rest: a valid minimiser, but
# not the stated minimum-norm one, which shares the constant's effect between w and b.
import numpy as np


def fit_linear(X, y):
    keep = X.max(axis=0) != X.min(axis=0)
    A = np.hstack([X[:, keep], np.ones((X.shape[0], 1))])
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    w = np.zeros(X.shape[1])
    w[keep] = theta[:-1]
    return w, float(theta[-1])
