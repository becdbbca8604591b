# verdict: Wrong Answer
# Forgets the bias column: fits a line through the origin and reports b = 0.
import numpy as np


def fit_linear(X, y):
    w = np.linalg.lstsq(X, y, rcond=None)[0]
    return w, 0.0
