# verdict: Wrong Answer
# Averages the parameter gradients over the batch (mean instead of sum).
import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    mu = x.mean(axis=1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    xhat = (x - mu) * inv_std
    y = gamma * xhat + beta
    dxhat = dy * gamma
    dx = inv_std * (dxhat - dxhat.mean(axis=1, keepdims=True)
                    - xhat * (dxhat * xhat).mean(axis=1, keepdims=True))
    return y, dx, (dy * xhat).mean(axis=0), dy.mean(axis=0)
