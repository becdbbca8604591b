# verdict: Wrong Answer
# Uses the unbiased variance (divides by D - 1, np.var(ddof=1)) and differentiates it
# consistently; for D = 1 it divides by zero.
import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    D = x.shape[1]
    with np.errstate(all="ignore"):
        mu = x.mean(axis=1, keepdims=True)
        xc = x - mu
        var = x.var(axis=1, ddof=1, keepdims=True)
        inv_std = 1.0 / np.sqrt(var + eps)
        xhat = xc * inv_std
        y = gamma * xhat + beta
        dxhat = dy * gamma
        dvar = -0.5 * (dxhat * xc).sum(axis=1, keepdims=True) * inv_std ** 3
        dmu = -(dxhat * inv_std).sum(axis=1, keepdims=True)
        dx = dxhat * inv_std + dvar * 2 * xc / (D - 1) + dmu / D
    return y, dx, (dy * xhat).sum(axis=0), dy.sum(axis=0)
