import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    size = (fan_in, fan_out)
    if scheme == "xavier_uniform":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        W = rng.uniform(-limit, limit, size)
    else:
        std = np.sqrt(2.0 / fan_in)
        W = rng.normal(0.0, std, size)
    return W.astype(np.float32)
