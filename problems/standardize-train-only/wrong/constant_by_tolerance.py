# verdict: Wrong Answer
# Treats a column as constant when std < 1e-8: a column with a real spread of 1e-9 is only centred.
import numpy as np


def standardize(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    scale = np.where(std < 1e-8, 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
