import numpy as np


def boost_round(X: np.ndarray, y: np.ndarray, F: np.ndarray, learning_rate: float) -> np.ndarray:
    # Fit the best squared-error stump to the residuals y - F and return
    # F + learning_rate * stump(X) as a float64 array of shape (n,).
    raise NotImplementedError
