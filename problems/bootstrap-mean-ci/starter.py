import numpy as np


def bootstrap_mean_ci(x: np.ndarray, n_boot: int, confidence: float,
                      seed: int) -> dict[str, float]:
    rng = np.random.default_rng(seed)
    # Draw idx = rng.integers(0, n, size=(n_boot, n)) in one call, then take percentiles.
    raise NotImplementedError(rng)
