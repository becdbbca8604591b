# verdict: Wrong Answer
# Swaps the roles of z in the final blend: h' = z ⊙ n + (1 − z) ⊙ h, so z = 1 takes the
# candidate instead of keeping the old state.
import numpy as np


def _sigmoid(a):
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def gru_cell_step(x, h, W, U, b):
    z = _sigmoid(x @ W[0] + h @ U[0] + b[0])
    r = _sigmoid(x @ W[1] + h @ U[1] + b[1])
    n = np.tanh(x @ W[2] + r * (h @ U[2]) + b[2])
    return z * n + (1.0 - z) * h
