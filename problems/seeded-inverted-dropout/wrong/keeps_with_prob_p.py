# verdict: Wrong Answer
# Reads p as the keep probability: the mask `draw < p` keeps each activation with probability
# p and drops it with probability 1 - p.
import numpy as np


def dropout_pass(x, dY, p, seed, training):
    if not training:
        return x, dY
    keep = np.random.default_rng(seed).random(x.shape) < p
    scale = 1.0 / (1.0 - p)
    return x * keep * scale, dY * keep * scale
