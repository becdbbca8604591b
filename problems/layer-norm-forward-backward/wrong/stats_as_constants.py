# verdict: Wrong Answer
# Back-propagates as if the row mean and variance were constants: dx = dy * gamma / std.
import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    mu = x.mean(axis=1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat = (x - mu) * inv_std
    y = gamma * xhat + beta
    dx = dy * gamma * inv_std
    return y, dx, (dy * xhat).sum(axis=0), dy.sum(axis=0)
