# verdict: Wrong Answer
# Breaks distance ties toward the higher training index (sorting by distance, then by
# descending index).
import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    n = X_train.shape[0]
    out = []
    for point in X_test:
        squared = ((X_train - point) ** 2).sum(axis=1)
        nearest = np.lexsort((-np.arange(n), squared))[:k]
        out.append(y_train[nearest].mean())
    return np.array(out)
