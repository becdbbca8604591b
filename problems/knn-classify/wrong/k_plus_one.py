# verdict: Wrong Answer
# Skips the nearest row as if it were the query itself (a leave-one-out habit): takes
# neighbours 1..k of the ranking instead of 0..k-1.
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    classes = np.unique(y_train)
    distances = np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2))
    order = np.argsort(distances, axis=1, kind="stable")
    nearest = order[:, 1:k + 1] if X_train.shape[0] > k else order[:, :k]
    votes = (y_train[nearest][:, :, None] == classes[None, None, :]).sum(axis=1)
    return classes[np.argmax(votes, axis=1)], votes / k
