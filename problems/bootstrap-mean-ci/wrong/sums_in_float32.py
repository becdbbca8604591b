# verdict: Wrong Answer
# Follows the procedure but keeps the arrays' own dtype: a float32 group's mean is summed
# in float32 and loses digits (the statement says to convert to float64 first).
import numpy as np


def bootstrap_mean_ci(x: np.ndarray, n_boot: int, confidence: float,
                      seed: int) -> dict[str, float]:
    x = np.asarray(x)
    n = len(x)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    means = x[idx].mean(axis=1)
    q = 100.0 * (1.0 - confidence) / 2.0
    lower = np.percentile(means, q)
    upper = np.percentile(means, 100.0 - q)
    return {"mean": float(x.mean()), "lower": float(lower), "upper": float(upper)}
