import numpy as np


def _joint_log_likelihood(X_train, y_train, X_test, var_smoothing):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes, codes = np.unique(np.asarray(y_train), return_inverse=True)
    c, d = len(classes), X_train.shape[1]
    counts = np.bincount(codes, minlength=c)
    mu = np.zeros((c, d))
    var = np.zeros((c, d))
    for k in range(c):
        rows = X_train[codes == k]
        mu[k] = rows.mean(axis=0)
        var[k] = ((rows - mu[k]) ** 2).mean(axis=0) + var_smoothing
    log_prior = np.log(counts / len(codes))
    jll = np.empty((X_test.shape[0], c))
    for k in range(c):
        jll[:, k] = (log_prior[k] - 0.5 * np.log(2 * np.pi * var[k]).sum()
                     - (((X_test - mu[k]) ** 2) / (2 * var[k])).sum(axis=1))
    return classes, jll


def gaussian_nb(X_train, y_train, X_test, var_smoothing):
    classes, jll = _joint_log_likelihood(X_train, y_train, X_test, var_smoothing)
    shifted = jll - jll.max(axis=1, keepdims=True)
    proba = np.exp(shifted)
    proba /= proba.sum(axis=1, keepdims=True)
    return classes[np.argmax(jll, axis=1)].astype(np.int64), proba
