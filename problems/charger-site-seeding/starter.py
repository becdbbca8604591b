import numpy as np


def seed_sites(X: np.ndarray, k: int, draws: np.ndarray) -> list[int]:
    # Pick k distinct row indices of X with k-means++ seeding, using draws[j] for the j-th
    # pick exactly as the statement describes. Return them in the order they were picked.
    raise NotImplementedError
