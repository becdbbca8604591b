# verdict: Wrong Answer
# Back-propagates to the input with dY @ W instead of dY @ W.T; the shapes only line up for a
# square layer (the first sample is one), where the values are wrong.
import numpy as np


def dense_layer_pass(x, W, b, dY):
    y = x @ W + b
    dx = dY @ W
    dW = x.T @ dY
    db = dY.sum(axis=0)
    return y, dx, dW, db
