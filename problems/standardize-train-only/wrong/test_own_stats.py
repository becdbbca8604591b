# verdict: Wrong Answer
# Refits the scaler on the test rows instead of reusing the training statistics.
import numpy as np


def _fit(X):
    std = X.std(axis=0)
    return X.mean(axis=0), np.where(std == 0, 1.0, std)


def standardize(X_train, X_test):
    mean, scale = _fit(X_train)
    test_scaled = X_test.copy()
    if len(X_test):
        test_mean, test_scale = _fit(X_test)
        test_scaled = (X_test - test_mean) / test_scale
    return (X_train - mean) / scale, test_scaled, mean, scale
