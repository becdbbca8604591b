import numpy as np


def ipw_ate(treatment, y, propensity, clip, normalized):
    t = np.asarray(treatment) == 1
    y = np.asarray(y, dtype=float)
    e = np.clip(propensity, clip, 1 - clip)
    if normalized:
        return float(np.average(y[t], weights=1 / e[t]) - np.average(y[~t], weights=1 / (1 - e[~t])))
    return float(np.mean(np.where(t, y / e, -y / (1 - e))))
