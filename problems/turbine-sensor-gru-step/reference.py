import numpy as np


def _sigmoid(a):
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gru_cell_step(x, h, W, U, b):
    x, h, W, U, b = (np.asarray(v, dtype=np.float64) for v in (x, h, W, U, b))
    z = _sigmoid(x @ W[0] + h @ U[0] + b[0])
    r = _sigmoid(x @ W[1] + h @ U[1] + b[1])
    n = np.tanh(x @ W[2] + r * (h @ U[2]) + b[2])
    return (1.0 - z) * n + z * h
