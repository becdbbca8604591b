# verdict: Wrong Answer
# Takes the statistics over the features of each example (axis=1, as layer normalisation
# does) instead of over the batch.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if training:
        mu = x.mean(axis=1, keepdims=True)
        var = x.var(axis=1, keepdims=True)
        y = gamma * (x - mu) / np.sqrt(var + eps) + beta
        return (y, (1 - momentum) * running_mean + momentum * x.mean(axis=0),
                (1 - momentum) * running_var + momentum * x.var(axis=0, ddof=1))
    y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return y, running_mean, running_var
