# verdict: Time Limit Exceeded
# Loops over the rows (and the features) in plain Python inside every iteration: about 3 * 10**8
# steps on the largest case.
import math

import numpy as np


def fit_logistic_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    rows = X.tolist()
    labels = y.tolist()
    w = [0.0] * d
    b = 0.0
    for _ in range(n_iters):
        gw = [0.0] * d
        gb = 0.0
        for row, t in zip(rows, labels, strict=True):
            z = b
            for j in range(d):
                z += w[j] * row[j]
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            e = p - t
            for j in range(d):
                gw[j] += e * row[j]
            gb += e
        w = [w[j] - learning_rate * gw[j] / n for j in range(d)]
        b -= learning_rate * gb / n
    return np.array(w), float(b)
