# Another correct style: rng.choice(x, size=(n_boot, n)) draws the same indices as
# rng.integers(0, n, size=(n_boot, n)) and picks the values in one call.
import numpy as np


def bootstrap_mean_ci(x: np.ndarray, n_boot: int, confidence: float,
                      seed: int) -> dict[str, float]:
    x = np.asarray(x, dtype=float)
    n = len(x)
    rng = np.random.default_rng(seed)

    means = rng.choice(x, size=(n_boot, n)).mean(axis=1)
    q = 100.0 * (1.0 - confidence) / 2.0
    lower = np.percentile(means, q)
    upper = np.percentile(means, 100.0 - q)
    return {"mean": float(x.mean()), "lower": float(lower), "upper": float(upper)}
