# verdict: Wrong Answer
# Uses the Xavier normal's sqrt(2 / (fan_in + fan_out)) as the uniform limit instead of sqrt(6 / ...).
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        limit = np.sqrt(2.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, (fan_in, fan_out)).astype(np.float32)
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out)).astype(np.float32)
