# verdict: Wrong Answer
# Puts the whole 1 - confidence in each tail (percentiles 5 and 95 for a 90% interval, say),
# which is the interval for a lower confidence level.
import numpy as np


def bootstrap_mean_ci(x, n_boot, confidence, seed):
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(n_boot, len(x)))
    means = x[idx].mean(axis=1)
    q = 100 * (1 - confidence)
    return {"mean": float(x.mean()), "lower": float(np.percentile(means, q)),
            "upper": float(np.percentile(means, 100 - q))}
