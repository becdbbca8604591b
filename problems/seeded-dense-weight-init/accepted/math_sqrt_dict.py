# math.sqrt for the scale and a dict of draw functions.
import math

import numpy as np


def init_dense_weights(fan_in, fan_out, scheme, seed):
    rng = np.random.default_rng(seed)
    shape = (fan_in, fan_out)
    draws = {
        "xavier_uniform": lambda: rng.uniform(-math.sqrt(6 / (fan_in + fan_out)),
                                              math.sqrt(6 / (fan_in + fan_out)), size=shape),
        "he_normal": lambda: rng.normal(loc=0.0, scale=math.sqrt(2 / fan_in), size=shape),
    }
    return np.asarray(draws[scheme](), dtype=np.float32)
