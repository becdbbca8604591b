# verdict: Wrong Answer
# Swaps the fans for He: std = sqrt(2 / fan_out) (the "fan_out" mode), not sqrt(2 / fan_in).
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, (fan_in, fan_out)).astype(np.float32)
    return rng.normal(0.0, np.sqrt(2.0 / fan_out), (fan_in, fan_out)).astype(np.float32)
