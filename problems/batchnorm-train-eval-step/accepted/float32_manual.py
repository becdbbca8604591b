# Everything in float32, with the variance written out as a mean of squared deviations.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    if not training:
        inv = 1.0 / np.sqrt(running_var + np.float32(eps))
        y = (x - running_mean) * inv * gamma + beta
        return y, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    mu = np.sum(x, axis=0) / n
    centred = x - mu
    var = np.sum(centred * centred, axis=0) / n
    y = gamma * centred / np.sqrt(var + np.float32(eps)) + beta
    m = np.float32(momentum)
    new_mean = (1 - m) * running_mean + m * mu
    new_var = (1 - m) * running_var + m * (np.sum(centred * centred, axis=0) / (n - 1))
    return y, new_mean, new_var
