# verdict: Wrong Answer
# Uses count / n_perm, which can be 0, instead of (count + 1) / (n_perm + 1).
import numpy as np


def permutation_test(a, b, n_perm, seed):
    diff = b.mean() - a.mean()
    pooled = np.concatenate([a, b])
    rng = np.random.default_rng(seed)
    count = 0
    for _ in range(n_perm):
        s = rng.permutation(pooled)
        if abs(s[len(a):].mean() - s[:len(a)].mean()) >= abs(diff) - 1e-9:
            count += 1
    return {"diff": float(diff), "p_value": count / n_perm}
