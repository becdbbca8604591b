import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    # One row at a time, with the Jacobian-vector product written out per row.
    n, D = x.shape
    y = np.empty_like(x)
    dx = np.empty_like(x)
    dgamma = np.zeros(D)
    dbeta = np.zeros(D)
    for i in range(n):
        row = x[i]
        c = row - row.mean()
        r = 1.0 / np.sqrt(np.dot(c, c) / D + eps)
        h = c * r
        y[i] = gamma * h + beta
        g = dy[i] * gamma
        dx[i] = r * (g - g.mean() - h * np.dot(g, h) / D)
        dgamma += dy[i] * h
        dbeta += dy[i]
    return y, dx, dgamma, dbeta
