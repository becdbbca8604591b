# verdict: Wrong Answer
# Calls lstsq with rcond=-1 (the old default: a cut-off of one machine epsilon, not eps * max(n, d
# + 1)): for a repeated non-dyadic column the computed smallest singular value survives the cut
# and the weights blow up.
import numpy as np


def fit_linear(X, y):
    A = np.hstack([X, np.ones((len(X), 1))])
    theta = np.linalg.lstsq(A, y, rcond=-1)[0]
    return theta[:-1], float(theta[-1])
