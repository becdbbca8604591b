import numpy as np


def clip_by_global_norm(grads: list[np.ndarray], max_norm: float) -> tuple[list[np.ndarray], float]:
    # Return (clipped arrays in the same order and shapes, total norm before clipping).
    raise NotImplementedError
