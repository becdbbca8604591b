# verdict: Wrong Answer
# Adds an extra 1e-9 to every variance for safety: with var_smoothing 1e-3 on a zero-variance
# class the posterior moves by more than the tolerance.
import numpy as np


def gaussian_nb(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    jll = []
    for k in classes:
        rows = X_train[y_train == k]
        mu = rows.mean(axis=0)
        var = rows.var(axis=0) + var_smoothing + 1e-9
        jll.append(np.log(len(rows) / len(y_train)) - 0.5 * np.log(2 * np.pi * var).sum()
                   - ((X_test - mu) ** 2 / (2 * var)).sum(axis=1))
    jll = np.array(jll).T
    p = np.exp(jll - jll.max(axis=1, keepdims=True))
    return classes[np.argmax(jll, axis=1)], p / p.sum(axis=1, keepdims=True)
