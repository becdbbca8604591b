# The statement's alternative: a ones column, every coefficient penalised but the intercept.
import numpy as np


def fit_ridge(X, y, alpha):
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    P = alpha * np.eye(d + 1)
    P[d, d] = 0.0
    coef = np.linalg.solve(A.T @ A + P, A.T @ y)
    return coef[:d], float(coef[d])
