# verdict: Wrong Answer
# Applies the reset gate to h before the recurrent product, (r ⊙ h) @ U[2], instead of to
# the product, r ⊙ (h @ U[2]) as the statement says.
import numpy as np


def _sigmoid(a):
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def gru_cell_step(x, h, W, U, b):
    z = _sigmoid(x @ W[0] + h @ U[0] + b[0])
    r = _sigmoid(x @ W[1] + h @ U[1] + b[1])
    n = np.tanh(x @ W[2] + (r * h) @ U[2] + b[2])
    return (1.0 - z) * n + z * h
