# verdict: Time Limit Exceeded
# Loops over the rows (and the features) in plain Python inside every iteration: about
# 10**9 steps on the largest case.
import numpy as np


def fit_linear_gd(X, y, learning_rate, n_iters):
    n, d = X.shape
    rows = X.tolist()
    ys = y.tolist()
    w = [0.0] * d
    b = 0.0
    for _ in range(n_iters):
        gw = [0.0] * d
        gb = 0.0
        for row, t in zip(rows, ys, strict=True):
            r = b - t
            for j in range(d):
                r += w[j] * row[j]
            for j in range(d):
                gw[j] += r * row[j]
            gb += r
        w = [w[j] - learning_rate * 2 * gw[j] / n for j in range(d)]
        b -= learning_rate * 2 * gb / n
    return np.array(w), float(b)
