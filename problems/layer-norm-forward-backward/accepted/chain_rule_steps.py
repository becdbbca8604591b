import numpy as np


def layer_norm_pass(x, gamma, beta, dy, eps):
    # The backward pass step by step through the computation graph: xhat, var, mean.
    D = x.shape[1]
    mu = np.sum(x, axis=1, keepdims=True) / D
    xc = x - mu
    var = np.sum(xc ** 2, axis=1, keepdims=True) / D
    std = np.sqrt(var + eps)
    xhat = xc / std
    y = gamma * xhat + beta
    dxhat = dy * gamma
    dvar = np.sum(dxhat * xc, axis=1, keepdims=True) * -0.5 * std ** -3
    dmu = -np.sum(dxhat, axis=1, keepdims=True) / std + dvar * np.sum(-2 * xc, axis=1, keepdims=True) / D
    dx = dxhat / std + dvar * 2 * xc / D + dmu / D
    dgamma = np.einsum("ij,ij->j", dy, xhat)
    dbeta = np.einsum("ij->j", dy)
    return y, dx, dgamma, dbeta
