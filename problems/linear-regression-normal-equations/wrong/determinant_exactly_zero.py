# verdict: Wrong Answer
# Tests det(A.T @ A) == 0 before solving: the determinant of a singular matrix with non-dyadic
# entries comes out tiny but not zero.
import numpy as np


def fit_linear(X, y):
    A = np.hstack([X, np.ones((len(X), 1))])
    G = A.T @ A
    if np.linalg.det(G) == 0:
        theta = np.linalg.pinv(A) @ y
    else:
        theta = np.linalg.solve(G, A.T @ y)
    return theta[:-1], float(theta[-1])
