# verdict: Wrong Answer
# Predicts the median of the neighbours' targets instead of their mean.
import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    out = []
    for point in X_test:
        squared = ((X_train - point) ** 2).sum(axis=1)
        nearest = np.argsort(squared, kind="stable")[:k]
        out.append(np.median(y_train[nearest]))
    return np.array(out)
