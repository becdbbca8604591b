# verdict: Wrong Answer
# Ranks neighbours by Manhattan (L1) distance instead of Euclidean distance.
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    classes = np.unique(y_train)
    distances = np.abs(X_test[:, None, :] - X_train[None, :, :]).sum(axis=2)
    nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
    votes = (y_train[nearest][:, :, None] == classes[None, None, :]).sum(axis=1)
    return classes[np.argmax(votes, axis=1)], votes / k
