from fractions import Fraction

import numpy as np


def _best_split(X: np.ndarray, codes: np.ndarray, n_classes: int):
    """(feature, threshold, score) with the largest score = sum L_c^2/n_L + sum R_c^2/n_R
    (equivalently the smallest weighted Gini, 1 - score / n), computed exactly; ties go to
    the lowest feature, then the lowest threshold. None when no candidate exists."""
    n, d = X.shape
    total = np.bincount(codes, minlength=n_classes)
    best = None
    for f in range(d):
        order = np.argsort(X[:, f], kind="stable")
        values, labels = X[order, f], codes[order]
        left = np.zeros(n_classes, dtype=np.int64)
        for i in range(n - 1):
            left[labels[i]] += 1
            if values[i] == values[i + 1]:
                continue
            right = total - left
            score = (Fraction(int(left @ left), i + 1)
                     + Fraction(int(right @ right), n - i - 1))
            if best is None or score > best[2]:  # strict: the first of equals stays
                best = (f, (values[i] + values[i + 1]) / 2, score)
    return best


def _grow(X, codes, n_classes, depth, max_depth, min_samples_split):
    counts = np.bincount(codes, minlength=n_classes)
    leaf = ("leaf", int(np.argmax(counts)))  # first maximum: the smallest label
    if depth >= max_depth or len(codes) < min_samples_split or np.count_nonzero(counts) == 1:
        return leaf
    best = _best_split(X, codes, n_classes)
    # Split only if the weighted Gini is strictly lower than the node's own Gini, i.e. the
    # score beats the node's sum c^2 / n.
    if best is None or best[2] <= Fraction(int(counts @ counts), len(codes)):
        return leaf
    feature, threshold, _ = best
    mask = X[:, feature] <= threshold
    return ("split", feature, threshold,
            _grow(X[mask], codes[mask], n_classes, depth + 1, max_depth, min_samples_split),
            _grow(X[~mask], codes[~mask], n_classes, depth + 1, max_depth, min_samples_split))


def fit_predict_tree(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                     max_depth: int, min_samples_split: int) -> np.ndarray:
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes, codes = np.unique(np.asarray(y_train), return_inverse=True)
    tree = _grow(X_train, codes, len(classes), 0, max_depth, min_samples_split)
    out = np.empty(X_test.shape[0], dtype=np.int64)
    for i, row in enumerate(X_test):
        node = tree
        while node[0] == "split":
            node = node[3] if row[node[1]] <= node[2] else node[4]
        out[i] = classes[node[1]]
    return out
