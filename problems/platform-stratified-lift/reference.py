import math

import numpy as np

Z = 1.959963984540054  # NormalDist().inv_cdf(0.975)


def stratified_lift(strata: list[str], arm: np.ndarray, outcome: np.ndarray) -> dict | None:
    labels, index = np.unique(strata, return_inverse=True)
    # one row per stratum (labels in sorted order), columns: control, treated
    counts = np.bincount(2 * index + arm, minlength=2 * len(labels)).reshape(len(labels), 2)
    used = counts.min(axis=1) >= 2
    k = int(used.sum())
    if k == 0:
        return None
    unit = used[index]
    # the cells (stratum, arm) of the used strata, in the same order: 2 per used stratum
    _, cell, n = np.unique(2 * index[unit] + arm[unit], return_inverse=True, return_counts=True)
    y = outcome[unit]
    means = np.bincount(cell, weights=y) / n
    variances = np.bincount(cell, weights=(y - means[cell]) ** 2) / (n - 1)
    means, variances, n = means.reshape(k, 2), variances.reshape(k, 2), n.reshape(k, 2)
    size = n.sum(axis=1)
    weight = size / size.sum()
    effect = float(np.sum(weight * (means[:, 1] - means[:, 0])))
    se = math.sqrt(float(np.sum(weight**2 * (variances / n).sum(axis=1))))
    return {"effect": effect, "se": se, "lower": effect - Z * se, "upper": effect + Z * se,
            "strata_used": k}
