# verdict: Wrong Answer
# Rounds q to 2 decimals: at the one-sigma level (confidence 0.6827) q = 15.865 becomes 15.87,
# a different point of the bootstrap distribution.
import numpy as np


def bootstrap_mean_ci(x: np.ndarray, n_boot: int, confidence: float,
                      seed: int) -> dict[str, float]:
    x = np.asarray(x, dtype=float)
    n = len(x)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    means = x[idx].mean(axis=1)
    q = round(100.0 * (1.0 - confidence) / 2.0, 2)
    lower = np.percentile(means, q)
    upper = np.percentile(means, 100.0 - q)
    return {"mean": float(x.mean()), "lower": float(lower), "upper": float(upper)}
