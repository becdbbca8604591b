# verdict: Wrong Answer
# Right values but left in float64: the statement asks for a float32 array.
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, (fan_in, fan_out))
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))
