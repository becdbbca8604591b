# Neighbours by np.lexsort on (distance, index); the mean summed exactly with math.fsum.
import math

import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    idx = np.arange(len(X_train))
    out = np.empty(len(X_test))
    for i, q in enumerate(X_test):
        d = ((X_train - q) ** 2).sum(axis=1)
        nearest = np.lexsort((idx, d))[:k]
        out[i] = math.fsum(y_train[nearest].tolist()) / k
    return out
