# verdict: Wrong Answer
# Divides the weight and bias gradients by the batch size, averaging a second time what the
# upstream gradient already averaged.
import numpy as np


def dense_layer_pass(x, W, b, dY):
    n = max(x.shape[0], 1)
    y = x @ W + b
    dx = dY @ W.T
    dW = x.T @ dY / n
    db = dY.sum(axis=0) / n
    return y, dx, dW, db
