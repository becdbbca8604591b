# verdict: Wrong Answer
# Masks and scales the forward output but passes the upstream gradient through untouched, as if
# dropout had no effect on the backward pass.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    if not training:
        return x, dY
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep / (1 - p), dY
