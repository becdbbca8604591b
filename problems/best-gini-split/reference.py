from fractions import Fraction

import numpy as np


def best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float]:
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    classes, codes = np.unique(np.asarray(y), return_inverse=True)
    total = np.bincount(codes, minlength=len(classes))

    # Weighted impurity of a split with class counts L and R:
    #   (|L|/n) * (1 - sum (L_c/|L|)^2) + (|R|/n) * (1 - sum (R_c/|R|)^2)
    #   = 1 - (sum L_c^2 / |L| + sum R_c^2 / |R|) / n,
    # computed exactly with fractions, so equal impurities compare equal.
    best = None  # (impurity, feature, threshold)
    for feature in range(d):
        order = np.argsort(X[:, feature], kind="stable")
        values, labels = X[order, feature], codes[order]
        left = np.zeros_like(total)
        for i in range(n - 1):
            left[labels[i]] += 1
            if values[i] == values[i + 1]:
                continue  # no threshold separates equal values
            n_left, n_right = i + 1, n - i - 1
            right = total - left
            score = (Fraction(int((left * left).sum()), n_left)
                     + Fraction(int((right * right).sum()), n_right))
            impurity = 1 - score / n
            if best is None or impurity < best[0]:  # strict: the first of equals stays
                best = (impurity, feature, (values[i] + values[i + 1]) / 2)
    if best is None:
        return -1, float("nan"), float("nan")
    impurity, feature, threshold = best
    return feature, float(threshold), float(impurity)
