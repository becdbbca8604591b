import numpy as np


def momentum_sgd(w0: np.ndarray, grads: list[np.ndarray], lr: float, mu: float,
                 weight_decay: float) -> np.ndarray:
    # Return a (T, d) array: row t - 1 holds the parameters after step t.
    raise NotImplementedError
