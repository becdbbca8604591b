# verdict: Wrong Answer
# Multiplies the densities directly instead of working in log space: far from the data every
# product underflows to 0 and the posterior becomes 0 / 0 = nan.
import numpy as np


def gaussian_nb(X_train, y_train, X_test, var_smoothing):
    classes = np.unique(y_train)
    joint = []
    for k in classes:
        rows = X_train[y_train == k]
        mu = rows.mean(axis=0)
        var = rows.var(axis=0) + var_smoothing
        density = np.exp(-((X_test - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)
        joint.append(len(rows) / len(y_train) * density.prod(axis=1))
    joint = np.array(joint).T
    with np.errstate(invalid="ignore"):
        proba = joint / joint.sum(axis=1, keepdims=True)
    return classes[np.argmax(joint, axis=1)], proba
