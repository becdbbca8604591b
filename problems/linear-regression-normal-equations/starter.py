import numpy as np


def fit_linear(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    # Return (w, b) minimising sum((y - X @ w - b) ** 2); the minimum-norm solution when the
    # columns of [X | 1] are linearly dependent.
    raise NotImplementedError
