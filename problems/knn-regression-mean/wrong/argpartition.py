# verdict: Wrong Answer
# Picks the k nearest with np.argpartition, which ignores the lower-index rule among rows tied
# at the k-th distance.
import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    squared = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    nearest = np.argpartition(squared, k - 1, axis=1)[:, :k]
    return y_train[nearest].mean(axis=1)
