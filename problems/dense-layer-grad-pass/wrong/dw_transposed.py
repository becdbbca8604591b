# verdict: Wrong Answer
# Multiplies in the wrong order for the weight gradient: dY.T @ x has shape (n_out, n_in),
# the transpose of W's shape (silent for a square layer, where only the values are wrong).
import numpy as np


def dense_layer_pass(x, W, b, dY):
    y = x @ W + b
    dx = dY @ W.T
    dW = dY.T @ x
    db = dY.sum(axis=0)
    return y, dx, dW, db
