# verdict: Wrong Answer
# Sums the upstream gradient over the wrong axis for db (per example, not per output unit);
# with batch == n_out the shape even matches.
import numpy as np


def dense_layer_pass(x, W, b, dY):
    y = x @ W + b
    dx = dY @ W.T
    dW = x.T @ dY
    db = dY.sum(axis=1)
    return y, dx, dW, db
