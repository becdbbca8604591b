# verdict: Wrong Answer
# Classic (non-inverted) dropout with the scaling forgotten: survivors keep their value, so the
# expected activation shrinks by (1 - p) during training.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    if not training:
        return x, dY
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return x * keep, dY * keep
