# verdict: Wrong Answer
# Breaks an exact tie towards the larger label (argmax over the reversed columns).
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
    last = jll.shape[1] - 1 - np.argmax(jll[:, ::-1], axis=1)
    return classes[last], p / p.sum(axis=1, keepdims=True)
