import numpy as np


def permutation_importance(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float,
                           n_repeats: int, seed: int) -> np.ndarray:
    # rng = np.random.default_rng(seed); for each feature j, for each repeat: rng.permutation(n)
    raise NotImplementedError
