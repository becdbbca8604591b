# verdict: Wrong Answer
# Picks the k nearest with np.argpartition, which does not respect the index order among
# training rows tied at the k-th distance.
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    classes = np.unique(y_train)
    distances = np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2))
    nearest = np.argpartition(distances, k - 1, axis=1)[:, :k]
    votes = (y_train[nearest][:, :, None] == classes[None, None, :]).sum(axis=1)
    return classes[np.argmax(votes, axis=1)], votes / k
