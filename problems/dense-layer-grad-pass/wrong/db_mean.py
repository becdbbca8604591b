# verdict: Wrong Answer
# Averages the bias gradient over the batch instead of summing it (right only for batch 1).
import numpy as np


def dense_layer_pass(x, W, b, dY):
    y = x @ W + b
    dx = dY @ W.T
    dW = x.T @ dY
    db = dY.mean(axis=0)
    return y, dx, dW, db
