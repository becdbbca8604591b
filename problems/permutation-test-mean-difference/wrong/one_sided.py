# verdict: Wrong Answer
# Counts only shuffles with d >= diff (one-sided, "treatment is better").
import numpy as np


def permutation_test(a, b, n_perm, seed):
    diff = b.mean() - a.mean()
    pooled = np.concatenate([a, b])
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_perm):
        s = rng.permutation(pooled)
        if s[len(a):].mean() - s[:len(a)].mean() >= diff - 1e-9:
            count += 1
    return {"diff": float(diff), "p_value": (count + 1) / (n_perm + 1)}
