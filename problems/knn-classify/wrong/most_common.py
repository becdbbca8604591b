# verdict: Wrong Answer
# Takes the label from Counter.most_common, which breaks a vote tie by the label met first
# (the nearest neighbour's), not by the smallest label.
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    classes = np.unique(y_train)
    labels, proba = [], []
    for point in X_test:
        distances = np.sqrt(((X_train - point) ** 2).sum(axis=1))
        nearest = np.argsort(distances, kind="stable")[:k]
        counts = Counter(y_train[nearest].tolist())
        labels.append(counts.most_common(1)[0][0])
        proba.append([counts[c] / k for c in classes.tolist()])
    return np.array(labels), np.array(proba)
