# verdict: Wrong Answer
# Computes the variance in one pass as mean(x**2) - mean**2: right on paper, but it cancels
# catastrophically for rows with a large offset and a small spread.
import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    mu = x.mean(axis=1, keepdims=True)
    var = np.maximum((x * x).mean(axis=1, keepdims=True) - mu * mu, 0.0)
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat = (x - mu) * inv_std
    y = gamma * xhat + beta
    dxhat = dy * gamma
    dx = inv_std * (dxhat - dxhat.mean(axis=1, keepdims=True)
                    - xhat * (dxhat * xhat).mean(axis=1, keepdims=True))
    return y, dx, (dy * xhat).sum(axis=0), dy.sum(axis=0)
