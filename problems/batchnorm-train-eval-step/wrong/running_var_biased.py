# verdict: Wrong Answer
# Folds the biased batch variance into the running variance (the statement asks for the
# unbiased one there).
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if training:
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        y = gamma * (x - mu) / np.sqrt(var + eps) + beta
        return (y, (1 - momentum) * running_mean + momentum * mu,
                (1 - momentum) * running_var + momentum * var)
    y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return y, running_mean, running_var
