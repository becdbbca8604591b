# verdict: Wrong Answer
# Draws (fan_out, fan_in) and transposes to get the right shape: the numbers land in other places.
import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    if scheme == "xavier_uniform":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        W = rng.uniform(-limit, limit, (fan_out, fan_in))
    else:
        W = rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_out, fan_in))
    return W.T.astype(np.float32)
