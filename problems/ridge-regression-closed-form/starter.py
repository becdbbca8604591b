import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    # Return (w, b) minimising sum((y - X @ w - b) ** 2) + alpha * sum(w ** 2); b is not
    # penalised.
    raise NotImplementedError
