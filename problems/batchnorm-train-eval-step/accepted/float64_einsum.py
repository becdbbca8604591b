# float64 throughout; the sums of squares as einsum, the unbiased variance by rescaling.
import numpy as np


def batchnorm_forward(x, gamma, beta, running_mean, running_var, momentum, eps, training):
    x = np.asarray(x, dtype=np.float64)
    gamma, beta = np.float64(gamma), np.float64(beta)
    rm, rv = np.asarray(running_mean, np.float64), np.asarray(running_var, np.float64)
    if training:
        n = len(x)
        mu = np.einsum("ij->j", x) / n
        d = x - mu
        ss = np.einsum("ij,ij->j", d, d)
        y = d * (gamma / np.sqrt(ss / n + eps)) + beta
        rm = rm + momentum * (mu - rm)
        rv = rv + momentum * (ss / (n - 1) - rv)
        return y, rm, rv
    return (x - rm) * (gamma / np.sqrt(rv + eps)) + beta, rm, rv
