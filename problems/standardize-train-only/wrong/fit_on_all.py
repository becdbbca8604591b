# verdict: Wrong Answer
# Leaks the test set: fits mean and std on the training and test rows together.
import numpy as np


def standardize(X_train, X_test):
    both = np.vstack([X_train, X_test])
    mean = both.mean(axis=0)
    std = both.std(axis=0)
    scale = np.where(std == 0, 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
