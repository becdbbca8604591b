# verdict: Wrong Answer
# Appends a ones column and adds alpha to the whole diagonal, so the intercept is shrunk
# toward zero along with the weights.
import numpy as np


def fit_ridge(X, y, alpha):
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ y)
    return theta[:-1], float(theta[-1])
