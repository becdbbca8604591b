# verdict: Wrong Answer
# Sorts each feature column for the sweep but forgets to reorder the labels with it, so the
# running class counts belong to the wrong rows.
import numpy as np


def best_split(X, y):
    n, d = X.shape
    classes, codes = np.unique(y, return_inverse=True)
    total = np.bincount(codes, minlength=len(classes)).astype(float)
    best = (-1, float("nan"), float("nan"))
    for f in range(d):
        values = np.sort(X[:, f])
        left = np.zeros_like(total)
        for i in range(n - 1):
            left[codes[i]] += 1  # bug: should be codes[order[i]]
            if values[i] == values[i + 1]:
                continue
            right = total - left
            n_left, n_right = i + 1, n - i - 1
            impurity = (n_left * (1 - ((left / n_left) ** 2).sum())
                        + n_right * (1 - ((right / n_right) ** 2).sum())) / n
            if best[0] == -1 or impurity < best[2] - 1e-9:
                best = (f, float((values[i] + values[i + 1]) / 2), float(impurity))
    return best
