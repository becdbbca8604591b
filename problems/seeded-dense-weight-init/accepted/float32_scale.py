# The scale computed in float32 (as a float32-minded framework might): within the tolerance.
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        limit = float(np.sqrt(np.float32(6) / np.float32(fan_in + fan_out)))
        W = rng.uniform(-limit, limit, size=(fan_in, fan_out))
    else:
        std = float(np.sqrt(np.float32(2) / np.float32(fan_in)))
        W = rng.normal(0.0, std, size=(fan_in, fan_out))
    return W.astype(np.float32)
