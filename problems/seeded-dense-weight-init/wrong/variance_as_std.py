# verdict: Wrong Answer
# Passes the variance 2 / fan_in to rng.normal, whose second argument is the standard deviation.
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, (fan_in, fan_out)).astype(np.float32)
    return rng.normal(0.0, 2.0 / fan_in, (fan_in, fan_out)).astype(np.float32)
