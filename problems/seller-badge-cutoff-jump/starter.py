import numpy as np


def rd_jump(x: np.ndarray, y: np.ndarray, cutoff: float, bandwidth: float) -> dict:
    raise NotImplementedError
