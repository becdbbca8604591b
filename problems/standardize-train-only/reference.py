import numpy as np


def standardize(X_train: np.ndarray, X_test: np.ndarray):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)  # ddof = 0
    constant = (X_train == X_train[0]).all(axis=0)
    scale = np.where(constant, 1.0, std)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
