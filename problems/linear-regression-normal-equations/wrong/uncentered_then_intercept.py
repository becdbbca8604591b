# verdict: Wrong Answer
# Solves for w without the bias column (on uncentred data) and only afterwards sets the
# intercept from the means: w is the through-the-origin slope, so both are off.
import numpy as np


def fit_linear(X, y):
    w = np.linalg.lstsq(X, y, rcond=None)[0]
    b = float(y.mean() - X.mean(axis=0) @ w)
    return w, b
