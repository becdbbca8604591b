# verdict: Wrong Answer
# Divides by sqrt(var) + eps instead of sqrt(var + eps) (and differentiates that).
import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    D = x.shape[1]
    mu = x.mean(axis=1, keepdims=True)
    xc = x - mu
    std = np.sqrt((xc ** 2).mean(axis=1, keepdims=True))
    s = std + eps
    xhat = xc / s
    y = gamma * xhat + beta
    dxhat = dy * gamma
    safe = np.where(std > 0, std, 1.0)
    dstd = -(dxhat * xc).sum(axis=1, keepdims=True) / s ** 2
    dx = dxhat / s - dxhat.sum(axis=1, keepdims=True) / (D * s) + dstd * xc / (D * safe)
    return y, dx, (dy * xhat).sum(axis=0), dy.sum(axis=0)
