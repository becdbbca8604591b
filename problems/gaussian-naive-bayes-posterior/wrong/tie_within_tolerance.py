# verdict: Wrong Answer
# Treats classes within 1e-3 of the best jll as tied and takes the smallest label: the statement
# only promises a gap over 1e-6, so a larger label that leads by 2e-5 is lost.
import numpy as np


def gaussian_nb(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    jll = []
    for k in classes:
        rows = X_train[y_train == k]
        mu = rows.mean(axis=0)
        var = rows.var(axis=0) + var_smoothing
        jll.append(np.log(len(rows) / len(y_train)) - 0.5 * np.log(2 * np.pi * var).sum()
                   - ((X_test - mu) ** 2 / (2 * var)).sum(axis=1))
    jll = np.array(jll).T
    p = np.exp(jll - jll.max(axis=1, keepdims=True))
    near = jll >= jll.max(axis=1, keepdims=True) - 1e-3
    return classes[np.argmax(near, axis=1)], p / p.sum(axis=1, keepdims=True)
