import numpy as np


def sgd_epoch(P: np.ndarray, Q: np.ndarray, users: np.ndarray, items: np.ndarray,
              values: np.ndarray, lr: float, reg: float) -> tuple[np.ndarray, np.ndarray]:
    # For each rating in order: e = r - p . q, then update P[u] and Q[i] from the old p and q.
    raise NotImplementedError
