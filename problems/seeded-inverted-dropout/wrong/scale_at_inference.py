# verdict: Wrong Answer
# The original (non-inverted) dropout: no scaling while training, and the activations are
# multiplied by (1 - p) at inference instead.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    if not training:
        return x * (1 - p), dY * (1 - p)
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep, dY * keep
