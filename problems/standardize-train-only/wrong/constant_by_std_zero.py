# verdict: Wrong Answer
# Finds constant columns by std == 0: a constant column of 0.1 has a computed std of about 1e-17,
# so it is divided by that instead of left at scale 1.
import numpy as np


def standardize(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    scale = np.where(std == 0, 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
