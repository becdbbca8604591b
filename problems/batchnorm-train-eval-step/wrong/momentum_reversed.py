# verdict: Wrong Answer
# Uses the other momentum convention: running = momentum * running + (1 - momentum) * batch.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if training:
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        y = gamma * (x - mu) / np.sqrt(var + eps) + beta
        return (y, momentum * running_mean + (1 - momentum) * mu,
                momentum * running_var + (1 - momentum) * x.var(axis=0, ddof=1))
    y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return y, running_mean, running_var
