# verdict: Wrong Answer
# Solves the ridge system on the raw data and then sets the intercept from the means: w is the
# through-the-origin ridge solution, not the one with a free intercept.
import numpy as np


def fit_ridge(X, y, alpha):
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, float(y.mean() - X.mean(axis=0) @ w)
