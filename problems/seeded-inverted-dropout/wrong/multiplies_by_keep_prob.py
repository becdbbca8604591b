# verdict: Wrong Answer
# Multiplies the survivors by (1 - p) instead of dividing by it.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    if not training:
        return x, dY
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep * (1 - p), dY * keep * (1 - p)
