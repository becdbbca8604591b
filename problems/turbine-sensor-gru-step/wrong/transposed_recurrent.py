# verdict: Wrong Answer
# Multiplies by the transposed recurrent weights, h @ U[k].T (the PyTorch layout, where
# the weight is stored output-major), although here weights multiply rows from the right.
import numpy as np


def _sigmoid(a):
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def gru_cell_step(x, h, W, U, b):
    z = _sigmoid(x @ W[0] + h @ U[0].T + b[0])
    r = _sigmoid(x @ W[1] + h @ U[1].T + b[1])
    n = np.tanh(x @ W[2] + r * (h @ U[2].T) + b[2])
    return (1.0 - z) * n + z * h
