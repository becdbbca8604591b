import numpy as np


def _intercept(d: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """Weighted least-squares line y ~ a + b*d; returns a, the fitted value at d = 0."""
    total = w.sum()
    d_bar = (w * d).sum() / total
    y_bar = (w * y).sum() / total
    slope = (w * (d - d_bar) * (y - y_bar)).sum() / (w * (d - d_bar) ** 2).sum()
    return float(y_bar - slope * d_bar)


def rd_jump(x: np.ndarray, y: np.ndarray, cutoff: float, bandwidth: float) -> dict:
    d = np.asarray(x, dtype=float) - cutoff
    y = np.asarray(y, dtype=float)
    inside = np.abs(d) <= bandwidth
    right = inside & (d >= 0)
    left = inside & (d < 0)
    w = 1.0 - np.abs(d) / bandwidth
    left_value = _intercept(d[left], y[left], w[left])
    right_value = _intercept(d[right], y[right], w[right])
    return {"jump": right_value - left_value, "left_intercept": left_value,
            "right_intercept": right_value, "n_left": int(left.sum()),
            "n_right": int(right.sum())}
