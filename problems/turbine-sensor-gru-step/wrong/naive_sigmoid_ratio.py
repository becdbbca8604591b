# verdict: Wrong Answer
# Writes the sigmoid as e^a / (1 + e^a): once e^a overflows (a > 88 in float32, a > 709 in
# float64) it is inf / inf = nan, with only an overflow warning.
import numpy as np


def _sigmoid(a):
    e = np.exp(a)
    return e / (1.0 + e)


def gru_cell_step(x, h, W, U, b):
    z = _sigmoid(x @ W[0] + h @ U[0] + b[0])
    r = _sigmoid(x @ W[1] + h @ U[1] + b[1])
    n = np.tanh(x @ W[2] + r * (h @ U[2]) + b[2])
    return (1.0 - z) * n + z * h
