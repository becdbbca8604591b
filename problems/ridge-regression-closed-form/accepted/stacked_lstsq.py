# Least squares on the centred data stacked over sqrt(alpha) * I (no normal equations).
import numpy as np


def fit_ridge(X, y, alpha):
    d = X.shape[1]
    mx, my = X.mean(axis=0), y.mean()
    A = np.vstack([X - mx, np.sqrt(alpha) * np.eye(d)])
    t = np.concatenate([y - my, np.zeros(d)])
    w = np.linalg.lstsq(A, t, rcond=None)[0]
    return w, float(my - mx @ w)
