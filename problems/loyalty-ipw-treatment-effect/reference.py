import numpy as np


def ipw_ate(treatment: np.ndarray, y: np.ndarray, propensity: np.ndarray, clip: float,
            normalized: bool) -> float:
    t = np.asarray(treatment) == 1
    y = np.asarray(y, dtype=float)
    e = np.clip(np.asarray(propensity, dtype=float), clip, 1.0 - clip)
    w_treated = np.where(t, 1.0 / e, 0.0)
    w_control = np.where(t, 0.0, 1.0 / (1.0 - e))
    if normalized:
        treated_mean = (w_treated * y).sum() / w_treated.sum()
        control_mean = (w_control * y).sum() / w_control.sum()
    else:
        treated_mean = (w_treated * y).sum() / len(y)
        control_mean = (w_control * y).sum() / len(y)
    return float(treated_mean - control_mean)
