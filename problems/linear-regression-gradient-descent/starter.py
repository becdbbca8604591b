import numpy as np


def fit_linear_gd(X: np.ndarray, y: np.ndarray, learning_rate: float,
                  n_iters: int) -> tuple[np.ndarray, float]:
    # Start from w = 0, b = 0 and take n_iters full-batch gradient steps on the mean squared
    # error; return (w, b).
    raise NotImplementedError
