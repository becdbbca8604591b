import numpy as np


def dense_layer_pass(x, W, b, dY):
    y = x @ W + b
    dx = dY @ W.T
    dW = x.T @ dY
    db = dY.sum(axis=0)
    return y, dx, dW, db
