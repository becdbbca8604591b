# verdict: Wrong Answer
# Uses var_smoothing as a floor, max(var, var_smoothing), instead of adding it to every variance.
import numpy as np


def gaussian_nb(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    jll = []
    for k in classes:
        rows = X_train[y_train == k]
        mu = rows.mean(axis=0)
        var = np.maximum(rows.var(axis=0), var_smoothing)
        jll.append(np.log(len(rows) / len(y_train)) - 0.5 * np.log(2 * np.pi * var).sum()
                   - ((X_test - mu) ** 2 / (2 * var)).sum(axis=1))
    jll = np.array(jll).T
    p = np.exp(jll - jll.max(axis=1, keepdims=True))
    return classes[np.argmax(jll, axis=1)], p / p.sum(axis=1, keepdims=True)
