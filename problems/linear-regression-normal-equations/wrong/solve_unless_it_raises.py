# verdict: Wrong Answer
# Solves the normal equations and only falls back to the pseudo-inverse when solve raises: with a
# constant column of 0.1 the singular A.T @ A is not exactly singular in floating point, so solve
# returns a huge non-minimum-norm answer.
import numpy as np


def fit_linear(X, y):
    A = np.hstack([X, np.ones((len(X), 1))])
    try:
        theta = np.linalg.solve(A.T @ A, A.T @ y)
    except np.linalg.LinAlgError:
        theta = np.linalg.pinv(A) @ y
    return theta[:-1], float(theta[-1])
