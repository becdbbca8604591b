# verdict: Wrong Answer
# Adds eps to the standard deviation instead of to the variance: (x - mu) / (sqrt(var) + eps).
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if training:
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        y = gamma * (x - mu) / (np.sqrt(var) + eps) + beta
        return (y, (1 - momentum) * running_mean + momentum * mu,
                (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1))
    y = gamma * (x - running_mean) / (np.sqrt(running_var) + eps) + beta
    return y, running_mean, running_var
