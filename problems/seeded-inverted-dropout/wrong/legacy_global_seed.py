# verdict: Wrong Answer
# Seeds the legacy global generator (np.random.seed) instead of np.random.default_rng(seed):
# a different bit generator, so a different mask.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    if not training:
        return x, dY
    np.random.seed(seed)
    keep = np.random.random(x.shape) >= p
    scale = 1.0 / (1.0 - p)
    return x * keep * scale, dY * keep * scale
