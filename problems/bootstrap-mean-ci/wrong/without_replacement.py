# verdict: Wrong Answer
# Resamples WITHOUT replacement (a shuffle of x per replicate): every resample has the same
# mean, so the interval collapses to a point.
import numpy as np


def bootstrap_mean_ci(x, n_boot, confidence, seed):
    rng = np.random.default_rng(seed)
    means = np.array([rng.permutation(x).mean() for _ in range(n_boot)])
    q = 100 * (1 - confidence) / 2
    return {"mean": float(x.mean()), "lower": float(np.percentile(means, q)),
            "upper": float(np.percentile(means, 100 - q))}
