# verdict: Wrong Answer
# Uses Xavier normal (std sqrt(2 / (fan_in + fan_out))) where Xavier uniform is asked for.
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        std = np.sqrt(2.0 / (fan_in + fan_out))
        return rng.normal(0.0, std, (fan_in, fan_out)).astype(np.float32)
    return rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out)).astype(np.float32)
