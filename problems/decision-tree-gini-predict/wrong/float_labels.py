# verdict: Wrong Answer
# Grows the right tree but fills the predictions into np.zeros(m), a float array: 3.0 where
# the statement asks for an integer array of labels.
import numpy as np


def _gini(labels):
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return 1.0 - float((p * p).sum())


def _majority(labels):
    values, counts = np.unique(labels, return_counts=True)
    return int(values[np.argmax(counts)])


def _grow(X, y, depth, max_depth, min_samples_split):
    leaf = ("leaf", _majority(y))
    if depth >= max_depth or len(y) < min_samples_split or len(np.unique(y)) == 1:
        return leaf
    n, d = X.shape
    best = None
    for f in range(d):
        values = np.unique(X[:, f])
        for a, b in zip(values[:-1], values[1:], strict=True):
            t = (a + b) / 2
            mask = X[:, f] <= t
            w = (mask.sum() * _gini(y[mask]) + (~mask).sum() * _gini(y[~mask])) / n
            if best is None or w < best[0] - 1e-9:
                best = (w, f, t)
    if best is None or _gini(y) - best[0] <= 1e-9:
        return leaf
    _, f, t = best
    mask = X[:, f] <= t
    return ("split", f, t, _grow(X[mask], y[mask], depth + 1, max_depth, min_samples_split),
            _grow(X[~mask], y[~mask], depth + 1, max_depth, min_samples_split))


def fit_predict_tree(X_train, y_train, X_test, max_depth, min_samples_split):
    tree = _grow(X_train, y_train, 0, max_depth, min_samples_split)
    out = np.zeros(len(X_test))
    for i, row in enumerate(X_test):
        node = tree
        while node[0] == "split":
            node = node[3] if row[node[1]] <= node[2] else node[4]
        out[i] = node[1]
    return out
