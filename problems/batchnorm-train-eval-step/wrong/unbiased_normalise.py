# verdict: Wrong Answer
# Normalises with the unbiased batch variance (ddof=1) instead of the biased one.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if training:
        mu = x.mean(axis=0)
        var_u = x.var(axis=0, ddof=1)
        y = gamma * (x - mu) / np.sqrt(var_u + eps) + beta
        return (y, (1 - momentum) * running_mean + momentum * mu,
                (1 - momentum) * running_var + momentum * var_u)
    y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return y, running_mean, running_var
