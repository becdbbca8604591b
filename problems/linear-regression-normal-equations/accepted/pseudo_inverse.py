# The pseudo-inverse of the design matrix.
import numpy as np


def fit_linear(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.linalg.pinv(A) @ y
    return theta[:-1], float(theta[-1])
