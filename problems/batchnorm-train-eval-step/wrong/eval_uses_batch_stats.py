# verdict: Wrong Answer
# Normalises with the batch statistics in both modes (evaluation never reads the running
# stats), though it leaves them unchanged there.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    y = gamma * (x - mu) / np.sqrt(var + eps) + beta
    if not training:
        return y, running_mean, running_var
    return (y, (1 - momentum) * running_mean + momentum * mu,
            (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1))
