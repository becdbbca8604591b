# verdict: Wrong Answer
# Computes the variance as E[x^2] - E[x]^2, which cancels catastrophically on a spread 1e-9 of the
# values.
import numpy as np


def standardize(X_train, X_test):
    mean = X_train.mean(axis=0)
    var = (X_train**2).mean(axis=0) - mean**2
    std = np.sqrt(np.maximum(var, 0.0))
    const = (X_train == X_train[0]).all(axis=0)
    scale = np.where(const, 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
