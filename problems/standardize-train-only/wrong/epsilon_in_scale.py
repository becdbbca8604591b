# verdict: Wrong Answer
# Adds 1e-12 to every non-zero std (a habit from numerical code): a column with a spread of 1e-9
# is scaled wrongly, and a constant column of 0.1 is still divided by about 1e-12.
import numpy as np


def standardize(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    scale = np.where(std == 0, 1.0, std + 1e-12)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
