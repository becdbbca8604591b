import numpy as np


def binary_log_loss(labels: np.ndarray, probs: np.ndarray, weights: np.ndarray | None = None) -> float:
    # Clip to [1e-15, 1 - 1e-15], natural log, (weighted) mean of the per-impression losses.
    raise NotImplementedError
