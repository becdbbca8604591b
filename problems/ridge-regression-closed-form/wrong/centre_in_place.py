# verdict: Wrong Answer
# Centres X in place and then takes the intercept from its column means, which are now 0.
import numpy as np


def fit_ridge(X, y, alpha):
    X -= X.mean(axis=0)
    my = y.mean()
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ (y - my))
    return w, float(my - X.mean(axis=0) @ w)
