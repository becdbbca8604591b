# Squared distances from |a|^2 + |b|^2 - 2 a.b, exact on whole-number coordinates; votes by
# bincount.
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    classes, codes = np.unique(y_train, return_inverse=True)
    d = (X_test ** 2).sum(1)[:, None] + (X_train ** 2).sum(1)[None, :] - 2 * X_test @ X_train.T
    nearest = np.argsort(d, axis=1, kind="stable")[:, :k]
    votes = np.zeros((len(X_test), len(classes)))
    for i, row in enumerate(nearest):
        votes[i] = np.bincount(codes[row], minlength=len(classes))
    return classes[np.argmax(votes, axis=1)], votes / k
