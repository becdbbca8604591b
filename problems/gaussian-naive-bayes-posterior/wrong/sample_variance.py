# verdict: Wrong Answer
# Uses the sample variance (ddof=1, and 0 for a single row) instead of the population
# variance.
import numpy as np


def gaussian_nb(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    jll = []
    for k in classes:
        rows = X_train[y_train == k]
        mu = rows.mean(axis=0)
        var = (rows.var(axis=0, ddof=1) if len(rows) > 1 else np.zeros(rows.shape[1]))
        var = var + var_smoothing
        jll.append(np.log(len(rows) / len(y_train)) - 0.5 * np.log(2 * np.pi * var).sum()
                   - ((X_test - mu) ** 2 / (2 * var)).sum(axis=1))
    jll = np.array(jll).T
    p = np.exp(jll - jll.max(axis=1, keepdims=True))
    return classes[np.argmax(jll, axis=1)], p / p.sum(axis=1, keepdims=True)
