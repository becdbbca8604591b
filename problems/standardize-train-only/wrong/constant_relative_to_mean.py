# verdict: Wrong Answer
# Treats a column as constant when its std is below 1e-9 of its mean: a column with a tiny real
# spread is only centred.
import numpy as np


def standardize(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    scale = np.where(std <= 1e-9 * np.abs(mean), 1.0, std)
    scale = np.where(std == 0, 1.0, scale)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
