# verdict: Wrong Answer
# Divides by the raw standard deviation, so a constant column becomes nan (0/0) or inf.
import numpy as np


def standardize(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return (X_train - mean) / std, (X_test - mean) / std, mean, std
