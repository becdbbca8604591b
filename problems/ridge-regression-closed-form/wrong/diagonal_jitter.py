# verdict: Wrong Answer
# Adds a 1e-8 jitter to the diagonal on top of alpha: with alpha = 1e-3 and features with a spread
# of 1e-3 the jitter moves w by 1e-5 relative.
import numpy as np


def fit_ridge(X, y, alpha):
    mx, my = X.mean(axis=0), y.mean()
    Xc = X - mx
    w = np.linalg.solve(Xc.T @ Xc + (alpha + 1e-8) * np.eye(X.shape[1]), Xc.T @ (y - my))
    return w, float(my - mx @ w)
