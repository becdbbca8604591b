# verdict: Wrong Answer
# Appends the ones column at the end of the design matrix but reads the intercept from the
# first entry of the solution (as if it had been prepended).
import numpy as np


def fit_linear(X, y):
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    return theta[1:], float(theta[0])
