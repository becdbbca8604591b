import numpy as np


def init_dense_weights(fan_in: int, fan_out: int, scheme: str, seed: int) -> np.ndarray:
    # Return the (fan_in, fan_out) float32 weight matrix drawn as the statement says.
    raise NotImplementedError
