# verdict: Wrong Answer
# Draws the indices with the transposed shape (n, n_boot) and averages the columns, so the
# bootstrap samples are not the ones the stated procedure draws.
import numpy as np


def bootstrap_mean_ci(x, n_boot, confidence, seed):
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(len(x), n_boot))
    means = x[idx].mean(axis=0)
    q = 100 * (1 - confidence) / 2
    return {"mean": float(x.mean()), "lower": float(np.percentile(means, q)),
            "upper": float(np.percentile(means, 100 - q))}
