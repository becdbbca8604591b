# numpy's matrix_rank chooses between solve on the normal equations and the pseudo-inverse.
import numpy as np


def fit_linear(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    if np.linalg.matrix_rank(A) == A.shape[1]:
        theta = np.linalg.solve(A.T @ A, A.T @ y)
    else:
        theta = np.linalg.pinv(A) @ y
    return theta[:-1], float(theta[-1])
