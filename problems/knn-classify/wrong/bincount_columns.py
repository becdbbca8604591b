# verdict: Wrong Answer
# Counts votes with np.bincount, so proba has a column for every integer 0..max(label)
# instead of one per class present in y_train (and negative labels would not even work).
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    width = int(y_train.max()) + 1
    labels, proba = [], []
    for point in X_test:
        distances = np.sqrt(((X_train - point) ** 2).sum(axis=1))
        nearest = np.argsort(distances, kind="stable")[:k]
        votes = np.bincount(y_train[nearest], minlength=width)
        labels.append(int(np.argmax(votes)))
        proba.append(votes / k)
    return np.array(labels), np.array(proba)
