import numpy as np


def check_gradient(X: np.ndarray, y: np.ndarray, hidden: int, theta: np.ndarray,
                   grad: np.ndarray, eps: float) -> dict:
    raise NotImplementedError
