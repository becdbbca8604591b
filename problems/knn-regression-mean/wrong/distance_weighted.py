# verdict: Wrong Answer
# Weights each neighbour by 1 / distance (the "weights='distance'" habit) instead of taking the
# plain mean; an exact match gets all the weight.
import numpy as np


def knn_regress(X_train, y_train, X_test, k):
    out = []
    for point in X_test:
        dist = np.sqrt(((X_train - point) ** 2).sum(axis=1))
        nearest = np.argsort(dist, kind="stable")[:k]
        d = dist[nearest]
        if (d == 0).any():
            out.append(y_train[nearest][d == 0].mean())
        else:
            w = 1 / d
            out.append((w * y_train[nearest]).sum() / w.sum())
    return np.array(out)
