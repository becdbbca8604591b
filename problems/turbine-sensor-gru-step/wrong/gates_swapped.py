# verdict: Wrong Answer
# Reads index 0 as the reset gate and index 1 as the update gate (the r, z order some
# libraries store), so the two gates trade places.
import numpy as np


def _sigmoid(a):
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def gru_cell_step(x, h, W, U, b):
    r = _sigmoid(x @ W[0] + h @ U[0] + b[0])
    z = _sigmoid(x @ W[1] + h @ U[1] + b[1])
    n = np.tanh(x @ W[2] + r * (h @ U[2]) + b[2])
    return (1.0 - z) * n + z * h
