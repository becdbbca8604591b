import numpy as np


def permutation_test(a: np.ndarray, b: np.ndarray, n_perm: int, seed: int) -> dict[str, float]:
    rng = np.random.default_rng(seed)
    # For each of n_perm shuffles: shuffled = rng.permutation(np.concatenate([a, b])).
    raise NotImplementedError(rng)
