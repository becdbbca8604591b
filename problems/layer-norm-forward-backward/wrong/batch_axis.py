# verdict: Wrong Answer
# Normalises over the batch axis (axis 0, batch normalisation) instead of over the features.
import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    n = x.shape[0]
    mu = x.mean(axis=0)
    xc = x - mu
    var = (xc ** 2).mean(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat = xc * inv_std
    y = gamma * xhat + beta
    dxhat = dy * gamma
    dx = inv_std / n * (n * dxhat - dxhat.sum(axis=0) - xhat * (dxhat * xhat).sum(axis=0))
    return y, dx, (dy * xhat).sum(axis=0), dy.sum(axis=0)
